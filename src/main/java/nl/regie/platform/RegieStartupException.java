package nl.regie.platform;

/**
 * A start-up problem whose message is already the one line an operator needs.
 */
public class RegieStartupException extends RuntimeException {

	public RegieStartupException(String message) {
		super(message);
	}

	public RegieStartupException(String message, Throwable cause) {
		super(message, cause);
	}

}
