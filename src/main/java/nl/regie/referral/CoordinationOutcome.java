package nl.regie.referral;

/**
 * Outcome of the coordination check (regiecheck): who coordinates the help to the
 * household.
 */
enum CoordinationOutcome {

	/** Nobody coordinates yet: the team takes coordination. */
	TEAM_COORDINATES,

	/** The help already there suffices: no visit, the referrer is told. */
	EXISTING_CARE_SUFFICES,

	/** The team joins in, in agreement with the lead agency that keeps coordination. */
	JOIN_LEAD_AGENCY

}
