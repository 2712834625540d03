package nl.regie.casefile;

import java.util.EnumSet;
import java.util.Set;

/**
 * The stages of a case after acceptance (DESIGN §2, steps 3–10). Which stage may follow
 * which is decided in one place, {@link CaseTransition}.
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

	/** Follow-up watch over, or closed without one. */
	ENDED,

	/**
	 * Handed over to a certified institution (scaled up); the team's coordination ended.
	 */
	SCALED_UP;

	/** Stages in which a case takes the team's time. */
	public static final Set<CaseStage> OPEN = EnumSet.of(AWAITING_ASSIGNMENT, OUTREACH, ACTIVE, CLOSING);

	/** Stages in which the case has people working on it. */
	static final Set<CaseStage> WORKED = EnumSet.of(OUTREACH, ACTIVE, CLOSING, FOLLOW_UP);

	public boolean open() {
		return OPEN.contains(this);
	}

}
