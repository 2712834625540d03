package nl.regie.organisation;

/**
 * Where a person stands in a neighbourhood team.
 */
public enum TeamPosition {

	/** Distributes, steers and monitors the caseload. */
	TEAM_LEADER,

	/** Records referrals and prepares the team meeting. */
	TEAM_ASSISTANT,

	/** Core team (binnenring): seconded generalists who work the cases. */
	CORE,

	/** Outer ring (buitenring): specialists asked in for advice. */
	OUTER_RING

}
