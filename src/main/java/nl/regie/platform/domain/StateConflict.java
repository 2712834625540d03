package nl.regie.platform.domain;

/**
 * A request that the current state of a thing no longer allows, e.g. a second decision on
 * a referral. The screens show the message; the API answers 409 problem+json.
 */
public class StateConflict extends RuntimeException {

	private final String code;

	/**
	 * @param code the message key that explains the conflict
	 */
	public StateConflict(String code) {
		super(code);
		this.code = code;
	}

	public String code() {
		return code;
	}

}
