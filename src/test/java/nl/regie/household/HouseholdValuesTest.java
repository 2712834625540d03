package nl.regie.household;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class HouseholdValuesTest {

	@ParameterizedTest
	@ValueSource(strings = { "111222333", "123456782", "999999990" })
	void bsnThatPassesTheElevenTestIsAccepted(String bsn) {
		assertThat(Bsn.isValid(bsn)).isTrue();
		assertThat(new Bsn(bsn).value()).isEqualTo(bsn);
	}

	@ParameterizedTest
	@ValueSource(strings = { "123456789", "111111111", "000000000", "12345678", "1234567890", "12345678a", "" })
	void bsnThatFailsTheElevenTestOrHasNoNineDigitsIsRefused(String bsn) {
		assertThat(Bsn.isValid(bsn)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> new Bsn(bsn));
	}

	@Test
	void bsnIsNeverPrintedWhole() {
		assertThat(new Bsn("111222333").toString()).doesNotContain("111222333").endsWith("2333]");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1067AB", "1067 ab", " 1067ab " })
	void dutchPostcodeIsAcceptedAndNormalised(String postcode) {
		assertThat(Postcode.of(postcode).value()).isEqualTo("1067AB");
		assertThat(Postcode.of(postcode).digits()).isEqualTo(1067);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0123AB", "12345", "AB1234", "1067A", "1067ABC", "" })
	void postcodeInAnotherFormatIsRefused(String postcode) {
		assertThat(Postcode.isValid(postcode)).isFalse();
	}

	@Test
	void dateOfBirthInTheFutureIsRefusedAndChildrenAreUnderEighteen() {
		LocalDate today = LocalDate.of(2026, 11, 23);
		assertThatIllegalArgumentException().isThrownBy(() -> DateOfBirth.on(today.plusDays(1), today));
		assertThat(DateOfBirth.on(today.minusYears(18).plusDays(1), today).isChildOn(today)).isTrue();
		assertThat(DateOfBirth.on(today.minusYears(18), today).isChildOn(today)).isFalse();
	}

}
