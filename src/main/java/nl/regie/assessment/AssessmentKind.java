package nl.regie.assessment;

/** The moment an assessment is for. */
public enum AssessmentKind {

	/** at the start, within weeks of the first contact */
	INTAKE,
	/** while the case is active, every few months */
	REVIEW,
	/** the final matrix at closing */
	CLOSING,
	/** during the follow-up watch */
	FOLLOW_UP,
	/** whenever the case manager sees reason */
	AD_HOC

}
