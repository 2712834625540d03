package nl.regie.registration;

import java.time.LocalDate;

import nl.regie.household.MemberRelation;
import nl.regie.household.Membership;

/** A member joining the household: born, or moved in, on a day. */
record JoiningForm(String givenName, String familyName, LocalDate dateOfBirth, MemberRelation relation,
		LocalDate joinedOn, Membership.Joined joinedHow) {
}
