package nl.regie.registration;

import java.time.LocalDate;

import nl.regie.household.Membership;

import org.springframework.format.annotation.DateTimeFormat;

/** A member leaving the household on a day; from the screen or the API. */
record LeavingForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate leftOn, Membership.Left leftHow) {

	static LeavingForm empty() {
		return new LeavingForm(null, null);
	}

}
