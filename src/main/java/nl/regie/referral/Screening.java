package nl.regie.referral;

/**
 * The team leader's screening of a referral: the fit rules as answered and the outcome of
 * the coordination check.
 *
 * @param coordinationAgreedBy who at the lead agency agreed that the team joins in
 */
record Screening(boolean severalLifeDomains, boolean acuteCrisis, boolean childSafetyConcern,
		boolean compulsoryCareExcludesVoluntaryHelp, CoordinationOutcome coordinationOutcome,
		String coordinationAgreedBy, String notes) {
}
