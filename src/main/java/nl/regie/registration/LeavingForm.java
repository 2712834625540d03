package nl.regie.registration;

import java.time.LocalDate;

import nl.regie.household.Membership;

/** A member leaving the household on a day. */
record LeavingForm(LocalDate leftOn, Membership.Left leftHow) {
}
