package nl.regie.identity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class OneTimeCodesTest {

	/** RFC 6238 appendix B, the SHA-1 column, with its 20-byte ASCII key. */
	@ParameterizedTest
	@CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
			"2000000000, 69279037", "20000000000, 65353130" })
	void theCodesOfRfc6238(long time, String expected) {
		byte[] key = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

		assertThat(OneTimeCodes.code(key, OneTimeCodes.step(Instant.ofEpochSecond(time)), 8)).isEqualTo(expected);
	}

	@Test
	void aCodeOfTheStepBeforeOrAfterCountsButNotTwoSteps() {
		String secret = new Base32().encodeAsString("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
		Instant now = Instant.parse("2026-12-01T12:00:10Z");
		long step = OneTimeCodes.step(now);

		assertThat(OneTimeCodes.matchingStep(secret, OneTimeCodes.code(secret, step - 1), now)).isEqualTo(step - 1);
		assertThat(OneTimeCodes.matchingStep(secret, OneTimeCodes.code(secret, step + 1), now)).isEqualTo(step + 1);
		assertThat(OneTimeCodes.matchingStep(secret, OneTimeCodes.code(secret, step - 2), now)).isEqualTo(-1);
		assertThat(OneTimeCodes.matchingStep(secret, "12345", now)).isEqualTo(-1);
		assertThat(OneTimeCodes.matchingStep(secret, null, now)).isEqualTo(-1);
	}

	@Test
	void secretsAre160BitsInBase32AsAppsExpect() {
		String secret = OneTimeCodes.newSecret();

		assertThat(secret).matches("[A-Z2-7]{32}");
		assertThat(new Base32().decode(secret)).hasSize(20);
		assertThat(OneTimeCodes.provisioningUri("a.jansen", secret)).isEqualTo(
				"otpauth://totp/Regie:a.jansen?secret=" + secret + "&issuer=Regie&algorithm=SHA1&digits=6&period=30");
	}

}
