package nl.regie.platform.web;

/**
 * A request that the current state of a thing no longer allows, e.g. a second decision on
 * a referral. The API answers 409 problem+json with the text of the message key.
 */
public class StateConflict extends RuntimeException {

	private final String code;

	public StateConflict(String code) {
		super(code);
		this.code = code;
	}

	public String code() {
		return code;
	}

}
