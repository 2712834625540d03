package nl.regie.platform.access;

/**
 * The answer of a module's access policy: allowed, or refused with a reason a person can
 * read. One shared handler at the web edge turns a refusal into the 403 page or a 403
 * problem+json, or into a 404 where even the existence of the record must not leak.
 */
public sealed interface AccessDecision {

	static AccessDecision allowed() {
		return Allowed.INSTANCE;
	}

	/**
	 * @param reason message key saying why, and whom to ask
	 */
	static AccessDecision refused(String reason) {
		return new Refused(reason, false, null);
	}

	/**
	 * Refused, with a way on that the refused page offers (e.g. emergency access to a
	 * case); its link text is the message {@code <reason>.remedy}.
	 * @param remedy the path of the screen that offers the way on
	 */
	static AccessDecision refused(String reason, String remedy) {
		return new Refused(reason, false, remedy);
	}

	/**
	 * Refused, answered as "not found": for records of another team or municipality,
	 * whose existence is itself information.
	 */
	static AccessDecision concealed() {
		return new Refused("access.concealed", true, null);
	}

	boolean isAllowed();

	/**
	 * @throws AccessRefused unless allowed
	 */
	default void orRefuse() {
		if (this instanceof Refused refused) {
			throw new AccessRefused(refused);
		}
	}

	/** The first refusal of the two, or allowed when both allow. */
	default AccessDecision and(AccessDecision other) {
		return isAllowed() ? other : this;
	}

	enum Allowed implements AccessDecision {

		INSTANCE;

		@Override
		public boolean isAllowed() {
			return true;
		}

	}

	/**
	 * @param reason message key of the reason shown to the user
	 * @param concealed answer as if the record did not exist
	 * @param remedy the path of a screen that offers a way on, or {@code null}
	 */
	record Refused(String reason, boolean concealed, String remedy) implements AccessDecision {

		@Override
		public boolean isAllowed() {
			return false;
		}

	}

}
