package nl.regie.household;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What of a household's file may reach whom among its own members (issue 10, DESIGN §9):
 * information about a shielded member reaches only that member; a member's own record
 * goes to the member, and a child's under 16 also to a parent in the household (under 12
 * access runs through the parents, from 12 to 15 both); from 16 a young person's record
 * is theirs alone. The one place these rules live; every print and member view asks here.
 */
public final class Disclosure {

	private final Map<UUID, HouseholdView.Member> members;

	private final Set<UUID> shielded;

	private final LocalDate today;

	Disclosure(Map<UUID, HouseholdView.Member> members, Set<UUID> shielded, LocalDate today) {
		this.members = Map.copyOf(members);
		this.shielded = Set.copyOf(shielded);
		this.today = today;
	}

	/**
	 * Whether information about a member, or about the whole household ({@code about}
	 * {@code null}), may be in what the audience receives.
	 */
	public boolean shows(Audience to, UUID about) {
		return about == null || to.isMember(about) || !shielded.contains(about);
	}

	public boolean isShielded(UUID member) {
		return shielded.contains(member);
	}

	/**
	 * Why the record of one member may not be handed to another, as a message key; empty
	 * when it may.
	 */
	public Optional<String> recordRefusal(UUID subject, UUID recipient) {
		HouseholdView.Member of = members.get(subject);
		HouseholdView.Member to = members.get(recipient);
		if (of == null || to == null) {
			return Optional.of("disclosure.notAMember");
		}
		if (subject.equals(recipient)) {
			return Optional.empty();
		}
		if (shielded.contains(subject)) {
			return Optional.of("disclosure.shielded");
		}
		boolean parentOfYoungChild = to.relation() == MemberRelation.PARENT && of.relation() == MemberRelation.CHILD
				&& of.ageOn(today) < Shielding.OWN_FILE_AGE && !to.dateOfBirth().isChildOn(today);
		return parentOfYoungChild ? Optional.empty() : Optional.of("disclosure.notTheirs");
	}

}
