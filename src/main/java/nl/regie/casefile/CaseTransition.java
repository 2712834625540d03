package nl.regie.casefile;

import java.util.EnumSet;
import java.util.Set;

import static nl.regie.casefile.CaseStage.ACTIVE;
import static nl.regie.casefile.CaseStage.AWAITING_ASSIGNMENT;
import static nl.regie.casefile.CaseStage.CLOSED_WITHOUT_CONTACT;
import static nl.regie.casefile.CaseStage.CLOSING;
import static nl.regie.casefile.CaseStage.ENDED;
import static nl.regie.casefile.CaseStage.FOLLOW_UP;
import static nl.regie.casefile.CaseStage.OUTREACH;
import static nl.regie.casefile.CaseStage.SCALED_UP;

/**
 * The whole lifecycle of a case in one table: every move a case can make, from which
 * stages, to which stage. {@link CaseFile} refuses anything not in it; the table-driven
 * test walks every pair of stage and transition.
 */
public enum CaseTransition {

	/** The team picked a case manager and a second visitor. */
	ASSIGN(OUTREACH, AWAITING_ASSIGNMENT),

	/** The first real contact with the household. */
	MAKE_CONTACT(ACTIVE, OUTREACH),

	/**
	 * Outreach failed; the team decided, the referrer was consulted, risks are written
	 * down.
	 */
	CLOSE_WITHOUT_CONTACT(CLOSED_WITHOUT_CONTACT, OUTREACH),

	/** The case manager proposes to close, with the checklist. */
	PROPOSE_CLOSING(CLOSING, ACTIVE),

	/** Not closing after all (e.g. the team decided to go on). */
	WITHDRAW_CLOSING(ACTIVE, CLOSING),

	/** Closed without follow-up watch. */
	CLOSE(ENDED, CLOSING),

	/** Closed, with two years of light check-ins. */
	CLOSE_WITH_FOLLOW_UP(FOLLOW_UP, CLOSING),

	/** The follow-up watch is over. */
	END_FOLLOW_UP(ENDED, FOLLOW_UP),

	/** Handed over to a certified institution (e.g. youth protection). */
	SCALE_UP(SCALED_UP, OUTREACH, ACTIVE, CLOSING),

	/** Back to active work, with the full history. */
	REOPEN(ACTIVE, FOLLOW_UP, ENDED);

	private final CaseStage to;

	private final Set<CaseStage> from;

	CaseTransition(CaseStage to, CaseStage first, CaseStage... more) {
		this.to = to;
		this.from = EnumSet.of(first, more);
	}

	public CaseStage to() {
		return to;
	}

	public boolean allowedFrom(CaseStage stage) {
		return from.contains(stage);
	}

}
