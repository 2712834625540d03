package nl.regie.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time codes (TOTP, RFC 6238) as every authenticator app makes them:
 * HMAC-SHA1 over the number of 30-second steps since 1970, dynamically truncated (RFC
 * 4226) to six digits. The HMAC is the JDK's own; only the code around it is here, and
 * {@code OneTimeCodesTest} checks it against the RFC's test vectors.
 */
final class OneTimeCodes {

	static final int STEP_SECONDS = 30;

	static final int DIGITS = 6;

	/** 160 bits, the size RFC 4226 recommends for HMAC-SHA1. */
	private static final int SECRET_BYTES = 20;

	private static final SecureRandom RANDOM = new SecureRandom();

	private OneTimeCodes() {
	}

	static String newSecret() {
		byte[] secret = new byte[SECRET_BYTES];
		RANDOM.nextBytes(secret);
		return new Base32().encodeAsString(secret).replace("=", "");
	}

	static long step(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
	}

	/** The code of a Base32 secret (as the app was given it) for one time step. */
	static String code(String base32Secret, long step) {
		return code(new Base32().decode(base32Secret), step, DIGITS);
	}

	static String code(byte[] key, long step, int digits) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(key, "HmacSHA1"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			int modulo = (int) Math.pow(10, digits);
			return String.format("%0" + digits + "d", binary % modulo);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException e) {
			throw new IllegalStateException("every JDK has HmacSHA1", e);
		}
	}

	/**
	 * The time step this code belongs to, allowing one step either side for a phone's
	 * clock and the time it takes to type; {@code -1} when it fits none.
	 */
	static long matchingStep(String base32Secret, String typed, Instant now) {
		if (typed == null || !typed.matches("\\d{" + DIGITS + "}")) {
			return -1;
		}
		long current = step(now);
		for (long step = current - 1; step <= current + 1; step++) {
			if (constantTimeEquals(code(base32Secret, step), typed)) {
				return step;
			}
		}
		return -1;
	}

	/** The URI an authenticator app reads from the enrolment screen's QR code. */
	static String provisioningUri(String username, String base32Secret) {
		return "otpauth://totp/Regie:" + username + "?secret=" + base32Secret + "&issuer=Regie&algorithm=SHA1&digits="
				+ DIGITS + "&period=" + STEP_SECONDS;
	}

	private static boolean constantTimeEquals(String a, String b) {
		return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
	}

}
