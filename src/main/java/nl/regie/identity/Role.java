package nl.regie.identity;

/**
 * The roles of DESIGN §5. What each may see is decided by the access policies of the
 * modules that own the data, never by the role name alone.
 */
public enum Role {

	/** Records referrals and prepares the team meeting. */
	TEAM_ASSISTANT,

	/** Screens referrals, assigns cases, steers caseload, approves budget. */
	TEAM_LEADER,

	/** Works the cases where they are case manager, second visitor or backup. */
	CASE_MANAGER,

	/** Member of the core team: takes part in case consultation. */
	CORE_TEAM_MEMBER,

	/** Specialist of the outer ring: advises on request. */
	OUTER_RING_SPECIALIST,

	/** Carries out plan actions, with the household's consent. */
	VOLUNTEER,

	/** The household itself, through the portal. */
	HOUSEHOLD,

	/** Municipal policy officer: aggregates only. */
	POLICY_OFFICER,

	/** Manages teams, users, instruments and the social map; no case content. */
	FUNCTIONAL_ADMINISTRATOR,

	/**
	 * The municipality's privacy officer (functionaris gegevensbescherming): reads the
	 * audit log and reviews break-the-glass access; no case content.
	 */
	PRIVACY_OFFICER;

	/** The Spring Security authority for this role. */
	public String authority() {
		return "ROLE_" + name();
	}

}
