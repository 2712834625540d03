package nl.regie.identity;

import java.time.Instant;

/** The code an authenticator app shows now, for tests outside this package. */
public final class TestOneTimeCodes {

	private TestOneTimeCodes() {
	}

	public static String now(String base32Secret) {
		return OneTimeCodes.code(base32Secret, OneTimeCodes.step(Instant.now()));
	}

}
