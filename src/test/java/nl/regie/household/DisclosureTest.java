package nl.regie.household;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.regie.platform.domain.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who among the household may receive what (DESIGN §9): a shielded member's information
 * reaches only that member; a record goes to its member, a child's under 16 also to a
 * parent; from 16 a young person's record is theirs alone.
 */
class DisclosureTest {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	final HouseholdView.Member mother = member("Samira", "1989-04-12", MemberRelation.PARENT);

	final HouseholdView.Member father = member("Karim", "1986-01-20", MemberRelation.PARENT);

	final HouseholdView.Member son = member("Yassin", "2016-09-30", MemberRelation.CHILD);

	final HouseholdView.Member daughter = member("Noor", "2010-06-01", MemberRelation.CHILD);

	@Test
	void aShieldedMembersInformationReachesOnlyThatMember() {
		Disclosure disclosure = household(Set.of(mother.id()));

		assertThat(disclosure.shows(Audience.HOUSEHOLD, mother.id())).as("the print for the whole household").isFalse();
		assertThat(disclosure.shows(Audience.member(father.id()), mother.id())).isFalse();
		assertThat(disclosure.shows(Audience.member(son.id()), mother.id())).isFalse();
		assertThat(disclosure.shows(Audience.member(mother.id()), mother.id())).isTrue();
		assertThat(disclosure.shows(Audience.HOUSEHOLD, father.id())).as("unshielded members").isTrue();
		assertThat(disclosure.shows(Audience.HOUSEHOLD, null)).as("what is about the whole household").isTrue();
	}

	@Test
	void aChildsRecordUnderSixteenAlsoGoesToAParentButAnAdultsOnlyToThemself() {
		Disclosure disclosure = household(Set.of());

		assertThat(disclosure.recordRefusal(son.id(), mother.id())).as("a child of 10 through a parent").isEmpty();
		assertThat(disclosure.recordRefusal(son.id(), son.id())).isEmpty();
		assertThat(disclosure.recordRefusal(mother.id(), father.id())).contains("disclosure.notTheirs");
		assertThat(disclosure.recordRefusal(mother.id(), son.id())).contains("disclosure.notTheirs");
		assertThat(disclosure.recordRefusal(daughter.id(), father.id())).as("a young person of 16")
			.contains("disclosure.notTheirs");
	}

	@Test
	void aShieldedChildsRecordGoesToNoParent() {
		Disclosure disclosure = household(Set.of(son.id()));

		assertThat(disclosure.recordRefusal(son.id(), mother.id())).contains("disclosure.shielded");
		assertThat(disclosure.recordRefusal(son.id(), son.id())).isEmpty();
	}

	@Test
	void someoneOutsideTheHouseholdReceivesNoRecord() {
		assertThat(household(Set.of()).recordRefusal(son.id(), UUID.randomUUID())).contains("disclosure.notAMember");
	}

	@Test
	void anOwnFileIsForYoungPeopleFromSixteen() {
		assertThatThrownBy(() -> Shielding.start(son, UUID.randomUUID(), Shielding.Reason.OWN_FILE, null, TODAY, TODAY,
				"Jeroen Smit"))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.problems().get(0).code()).isEqualTo("shielding.ownFile.tooYoung"));
		assertThat(Shielding
			.start(daughter, UUID.randomUUID(), Shielding.Reason.OWN_FILE, null, TODAY, TODAY, "Jeroen Smit")
			.holds()).isTrue();
	}

	private Disclosure household(Set<UUID> shielded) {
		Map<UUID, HouseholdView.Member> members = List.of(mother, father, son, daughter)
			.stream()
			.collect(Collectors.toMap(HouseholdView.Member::id, Function.identity()));
		return new Disclosure(members, shielded, TODAY);
	}

	private static HouseholdView.Member member(String name, String born, MemberRelation relation) {
		return new HouseholdView.Member(UUID.randomUUID(), name, "El Amrani", new DateOfBirth(LocalDate.parse(born)),
				false, relation, MemberLanguage.notRecorded());
	}

}
