package nl.regie.team;

/** The kinds of meeting a team holds; each team says which it uses. */
public enum MeetingType {

	/** The weekly team meeting of the core team. */
	WEEKLY_TEAM_MEETING,

	/** Case consultation, with outer-ring specialists when asked in. */
	CASE_CONSULTATION,

	/** A network meeting with other organisations. */
	NETWORK_MEETING;

	/** At such a meeting people from outside the core team take part by nature. */
	public boolean withOutsiders() {
		return this == NETWORK_MEETING;
	}

}
