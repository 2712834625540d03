package nl.regie.assessment;

/**
 * Why a domain in scope has no level: Regie never forces a guess.
 */
public enum NotAssessedReason {

	/** not known yet */
	UNKNOWN_YET,
	/** not discussed this time */
	NOT_DISCUSSED,
	/** the member did not want to */
	MEMBER_DECLINED

}
