package nl.regie.casefile;

/**
 * The stages of a case after acceptance (DESIGN §2, steps 3–10).
 */
public enum CaseStage {

	/** Accepted; waits for a case manager to be picked in the team meeting. */
	AWAITING_ASSIGNMENT,

	/** Case manager assigned; reaching out to the household ("eropaf"). */
	OUTREACH,

	/** Closed after outreach failed; risks recorded with the referrer. */
	CLOSED_WITHOUT_CONTACT,

	/** Contact made: registration, matrix, action plan, contacts. */
	ACTIVE,

	/** Closing checklist, final matrix and evaluation under way. */
	CLOSING,

	/** Closed; two years of light check-ins, one click reopens. */
	FOLLOW_UP,

	/** Follow-up watch over. */
	ENDED

}
