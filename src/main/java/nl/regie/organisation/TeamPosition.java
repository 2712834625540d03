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
	OUTER_RING;

	/**
	 * The label of this position on screens. Leaders and assistants share their role's
	 * label, so a municipality that renames the role renames the position with it.
	 */
	public String labelKey() {
		return switch (this) {
			case TEAM_LEADER -> "role.TEAM_LEADER";
			case TEAM_ASSISTANT -> "role.TEAM_ASSISTANT";
			case CORE -> "term.coreTeam";
			case OUTER_RING -> "term.outerRing";
		};
	}

}
