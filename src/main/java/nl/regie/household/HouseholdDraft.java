package nl.regie.household;

import java.util.List;

/**
 * A household as a referral describes it, before it is known whether Regie has it
 * already.
 */
public record HouseholdDraft(Postcode postcode, String houseNumber, String phone, List<MemberDraft> members) {

	public HouseholdDraft {
		members = List.copyOf(members);
	}

	/**
	 * @param bsn {@code null} when not known
	 * @param relation {@code null} when not known
	 */
	public record MemberDraft(String givenName, String familyName, DateOfBirth dateOfBirth, Bsn bsn,
			MemberRelation relation) {
	}

}
