package nl.regie.platform.mail;

/**
 * The SMTP server did not take the letter, or the municipality has none; nothing was
 * recorded as sent.
 */
public class MailNotSent extends RuntimeException {

	private final String code;

	MailNotSent(String code, Throwable cause) {
		super(code, cause);
		this.code = code;
	}

	/** The message key saying what happened and what to do. */
	public String code() {
		return code;
	}

}
