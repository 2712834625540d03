package nl.regie.assessment;

/**
 * A criteria-text file that does not match its instrument, rejected whole: nothing of it
 * is loaded. Names the first mismatch, so the administrator can fix the file.
 *
 * @param line the line of the file (1 for the first), 0 when the mismatch is something
 * missing
 * @param value what was found (or missing), e.g. {@code WORK;3}
 */
public class CriteriaFileRejected extends RuntimeException {

	/** What did not match. */
	public enum Mismatch {

		/** nothing in the file */
		EMPTY,
		/** not {@code DOMAIN;LEVEL;text} with a text */
		MALFORMED,
		/** a domain the instrument does not have */
		UNKNOWN_DOMAIN,
		/** a level the instrument does not have */
		UNKNOWN_LEVEL,
		/** a domain and level given twice */
		DUPLICATE,
		/** a domain and level of the instrument without a text */
		MISSING

	}

	private final Mismatch mismatch;

	private final int line;

	private final String value;

	CriteriaFileRejected(Mismatch mismatch, int line, String value) {
		super("criteria file rejected: " + mismatch + " at line " + line + ": " + value);
		this.mismatch = mismatch;
		this.line = line;
		this.value = value;
	}

	public Mismatch mismatch() {
		return mismatch;
	}

	public int line() {
		return line;
	}

	public String value() {
		return value;
	}

	/** The message key that explains it, with the line and the value as arguments. */
	public String messageKey() {
		return "criteria.rejected." + mismatch.name();
	}

}
