package nl.regie.identity;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records print every component by default; a logged form or account must not print a
 * secret.
 */
class SecretsStayOutOfLogsTest {

	private static final String SECRET = "geheim-wachtwoord-123";

	@Test
	void accountDoesNotPrintItsPasswordHash() {
		Account account = new Account(UUID.randomUUID(), UUID.randomUUID(), "m.jansen", "M. Jansen", SECRET, null, true,
				0, Set.of(Role.CASE_MANAGER));

		assertThat(account.toString()).doesNotContain(SECRET).contains("m.jansen");
	}

	@Test
	void tokenRequestDoesNotPrintThePasswordOrTheOneTimeCode() {
		assertThat(new TokenController.TokenRequest("m.jansen", SECRET, "482913").toString()).doesNotContain(SECRET)
			.doesNotContain("482913")
			.contains("m.jansen");
	}

	@Test
	void newAccountFormDoesNotPrintThePassword() {
		NewAccount form = new NewAccount("m.jansen", "M. Jansen", SECRET, Set.of(Role.CASE_MANAGER), null);

		assertThat(form.toString()).doesNotContain(SECRET).contains("m.jansen");
	}

	@Test
	void passwordFormDoesNotPrintThePassword() {
		assertThat(new PasswordForm(SECRET, 3).toString()).doesNotContain(SECRET).contains("3");
	}

}
