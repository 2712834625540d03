package nl.regie.registration;

import java.time.LocalDate;

import nl.regie.household.MemberRelation;
import nl.regie.household.Membership;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A member joining the household: born, or moved in, on a day; from the screen or the
 * API.
 */
record JoiningForm(String givenName, String familyName,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth, MemberRelation relation,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate joinedOn, Membership.Joined joinedHow) {

	static JoiningForm empty() {
		return new JoiningForm(null, null, null, null, null, null);
	}

}
