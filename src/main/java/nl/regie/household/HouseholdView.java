package nl.regie.household;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A household with its members, for the screens of the modules that work with it.
 */
public record HouseholdView(UUID id, String postcode, String houseNumber, String phone, List<Member> members) {

	public HouseholdView {
		members = List.copyOf(members);
	}

	public long childrenOn(LocalDate today) {
		return members.stream().filter(member -> member.dateOfBirth().isChildOn(today)).count();
	}

	/**
	 * @param relation {@code null} when not known
	 * @param language the language they speak and whether an interpreter is needed
	 */
	public record Member(UUID id, String givenName, String familyName, DateOfBirth dateOfBirth, boolean hasBsn,
			MemberRelation relation, MemberLanguage language) {

		public String name() {
			return givenName + " " + familyName;
		}

		public int ageOn(LocalDate today) {
			return dateOfBirth.ageOn(today);
		}

	}

}
