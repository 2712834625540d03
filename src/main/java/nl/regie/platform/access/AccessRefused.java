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

	/** The path of a screen that offers a way on, or {@code null}. */
	public String remedy() {
		return decision.remedy();
	}

	public boolean concealed() {
		return decision.concealed();
	}

}
