package nl.regie.team;

/**
 * Why something is on the team's agenda. Modules that arrive later add their kinds here
 * (escalations, safety signals, requests for outer-ring advice).
 */
public enum AgendaItemKind {

	/** An accepted household waits for a case manager. */
	ASSIGNMENT,

	/** How long the waitlist is and who waits longest. */
	WAITLIST,

	/** Six weeks of outreach without contact: a warning. */
	OUTREACH_WARNING,

	/** Eight weeks without contact: consult the team and the referrer on closing. */
	OUTREACH_CONSULT,

	/** A closing checklist item is not met: the team decides. */
	CLOSURE_DOUBT,

	/** A case manager asks the team a question about a case. */
	CASE_CONSULTATION,

	/** After the first visit the team decides who of the two stays as case manager. */
	ROLES_AFTER_FIRST_VISIT,

	/** A reopened case whose former case manager left the team. */
	REOPENED_WITHOUT_CASE_MANAGER

}
