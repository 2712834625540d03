package nl.regie.assessment;

/**
 * One domain in scope of an assessment: a level, or "not assessed" with a reason. Domains
 * out of scope have no score at all.
 *
 * @param level 1–5, {@code null} when not assessed
 * @param notAssessed why there is no level, {@code null} when there is one
 * @param note optional, short
 * @param strength optional: where strength lies
 */
public record DomainScore(String domain, Integer level, NotAssessedReason notAssessed, String note,
		StrengthSource strength) {

	public static DomainScore level(String domain, int level) {
		return new DomainScore(domain, level, null, null, null);
	}

	public static DomainScore notAssessed(String domain, NotAssessedReason reason) {
		return new DomainScore(domain, null, reason, null, null);
	}

	public boolean assessed() {
		return level != null;
	}

	/** The same score without its note, for readers who may not see it. */
	DomainScore withoutNote() {
		return new DomainScore(domain, level, notAssessed, null, strength);
	}

}
