package nl.regie.identity;

import org.springframework.security.core.AuthenticationException;

/**
 * A person or a token the provider vouched for (or claimed to) that Regie does not let
 * in, with the reason the person is told. Carries no claim values: its message may be
 * logged.
 */
final class ProviderSignInRefused extends AuthenticationException {

	private final Reason reason;

	ProviderSignInRefused(Reason reason) {
		super("single sign-on refused: " + reason.code());
		this.reason = reason;
	}

	ProviderSignInRefused(Reason reason, Throwable cause) {
		super("single sign-on refused: " + reason.code(), cause);
		this.reason = reason;
	}

	Reason reason() {
		return reason;
	}

	enum Reason {

		/** No account of the provider's municipality was prepared for this person. */
		NO_ACCOUNT("no-account"),

		/** The prepared account is disabled or has no role. */
		DISABLED("disabled"),

		/** Too many refusals for this subject: locked like a username. */
		LOCKED("locked"),

		/** The provider is not known, or not enabled, or could not be reached. */
		UNKNOWN_PROVIDER("unknown-provider"),

		/**
		 * The sign-in at the provider did not complete (cancelled, or an error there).
		 */
		FAILED("failed"),

		/** An API token whose issuer is no municipality's provider. */
		UNKNOWN_ISSUER("unknown-issuer"),

		/** An API token that is not meant for Regie. */
		WRONG_AUDIENCE("wrong-audience"),

		/** An API token past its expiry (or not valid yet). */
		EXPIRED("expired"),

		/** An API token whose signature does not match the provider's keys. */
		BAD_SIGNATURE("bad-signature"),

		/** Not a token at all. */
		MALFORMED("malformed");

		private final String code;

		Reason(String code) {
			this.code = code;
		}

		/** The code in URLs, logs and the audit log; never personal data. */
		String code() {
			return code;
		}

		static Reason ofCode(String code) {
			for (Reason reason : values()) {
				if (reason.code.equals(code)) {
					return reason;
				}
			}
			return FAILED;
		}

	}

}
