package nl.regie.platform.access;

/**
 * Thrown by {@link AccessDecision#orRefuse()}; the web edge answers it once for every
 * module.
 */
public class AccessRefused extends RuntimeException {

	private final AccessDecision.Refused decision;

	AccessRefused(AccessDecision.Refused decision) {
		super("access refused: " + decision.reason());
		this.decision = decision;
	}

	public String reason() {
		return decision.reason();
	}

	public boolean concealed() {
		return decision.concealed();
	}

}
