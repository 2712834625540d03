package nl.regie.identity;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.StateConflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AccountRulesTest {

	@ParameterizedTest
	@ValueSource(strings = { "m.jansen", "kernteam_2", "a-b", "beheerder" })
	void usernamesOfLowerCaseLettersDigitsAndDotDashUnderscoreAreAccepted(String username) {
		assertThatNoException()
			.isThrownBy(() -> AccountRules.checkNew(account(username, "twaalf-tekens"), false, Set.of()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "MJansen", "m jansen", "jan@gemeente.nl", "mé", "ab" })
	void otherUsernamesAreRefused(String username) {
		assertThat(refusal(account(username, "twaalf-tekens"))).isEqualTo("account.username.pattern");
	}

	@ParameterizedTest
	@ValueSource(strings = { "elf-tekens!", "a" })
	void passwordsShorterThanTwelveCharactersAreRefused(String password) {
		assertThat(refusal(account("m.jansen", password))).isEqualTo("account.password.tooShort");
	}

	@Test
	void aMissingPasswordIsAskedFor() {
		assertThat(refusal(account("m.jansen", ""))).isEqualTo("account.password.required");
	}

	@ParameterizedTest
	@ValueSource(ints = { 73, 100 })
	void passwordsBcryptWouldCutAreRefused(int length) {
		assertThat(refusal(account("m.jansen", "x".repeat(length)))).isEqualTo("account.password.tooLong");
	}

	@Test
	void administratorCannotDisableThemselves() {
		CurrentUser administrator = new CurrentUser(UUID.randomUUID(), "beheer", "Beheer", UUID.randomUUID(), null,
				Set.of(Role.FUNCTIONAL_ADMINISTRATOR));
		Account own = new Account(administrator.userId(), administrator.municipalityId(), "beheer", "Beheer", "hash",
				null, true, 3, administrator.roles());

		StateConflict refused = catchThrowableOfType(StateConflict.class, () -> own.disabledBy(administrator, 3));

		assertThat(refused.code()).isEqualTo("account.disable.self");
	}

	private static NewAccount account(String username, String password) {
		return new NewAccount(username, "Marieke Jansen", password, Set.of(Role.CASE_MANAGER), null);
	}

	private static String refusal(NewAccount account) {
		InvalidInput refused = catchThrowableOfType(InvalidInput.class,
				() -> AccountRules.checkNew(account, false, Set.of()));
		return refused.problems().getFirst().code();
	}

}
