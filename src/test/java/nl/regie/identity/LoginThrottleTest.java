package nl.regie.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import nl.regie.RegieTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Password guessing is throttled per username at both doors. Each test uses its own fresh
 * account, so locking it never disturbs the demo accounts other tests log in with.
 */
@RegieTest
class LoginThrottleTest {

	private static final String PASSWORD = "juist-wachtwoord-1";

	private static final String LOCKED = "Te veel mislukte pogingen. Probeer het over 15 minuten opnieuw.";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	Clock clock;

	@LocalServerPort
	int port;

	@Test
	void fiveWrongPasswordsLockTheLoginPageEvenForTheRightPassword() throws Exception {
		String username = freshAccount();
		for (int attempt = 0; attempt < LoginThrottle.MAX_FAILURES; attempt++) {
			mvc.perform(formLogin().user(username).password("fout")).andExpect(redirectedUrl("/login?error"));
		}

		mvc.perform(formLogin().user(username).password(PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?locked"));
		mvc.perform(get("/login").param("locked", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(LOCKED)));
	}

	@Test
	void unknownUsernamesAreLockedTheSameWaySoNothingLeaksWhetherAnAccountExists() throws Exception {
		String nobody = "niemand-" + UUID.randomUUID();
		for (int attempt = 0; attempt < LoginThrottle.MAX_FAILURES; attempt++) {
			mvc.perform(formLogin().user(nobody).password("fout")).andExpect(redirectedUrl("/login?error"));
		}

		mvc.perform(formLogin().user(nobody).password("fout")).andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void fourWrongPasswordsStillLetTheRightOneInAndItResetsTheCount() throws Exception {
		String username = freshAccount();
		for (int attempt = 0; attempt < LoginThrottle.MAX_FAILURES - 1; attempt++) {
			mvc.perform(formLogin().user(username).password("fout")).andExpect(unauthenticated());
		}
		mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(authenticated());

		for (int attempt = 0; attempt < LoginThrottle.MAX_FAILURES - 1; attempt++) {
			mvc.perform(formLogin().user(username).password("fout")).andExpect(unauthenticated());
		}
		mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(authenticated());
	}

	@Test
	void aLockStartedOnTheLoginPageAlsoHoldsAtTheTokenEndpoint() throws Exception {
		String username = freshAccount();
		for (int attempt = 0; attempt < LoginThrottle.MAX_FAILURES; attempt++) {
			mvc.perform(formLogin().user(username).password("fout"));
		}

		token(username, PASSWORD).andExpect(status().isTooManyRequests())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("Retry-After", "900"))
			.andExpect(jsonPath("$.detail").value(LOCKED))
			.andExpect(jsonPath("$.accessToken").doesNotExist());
	}

	@Test
	void fiveWrongPasswordsAtTheTokenEndpointLockIt() throws Exception {
		String username = freshAccount();
		for (int attempt = 0; attempt < LoginThrottle.MAX_FAILURES; attempt++) {
			token(username, "fout").andExpect(status().isUnauthorized());
		}

		token(username, PASSWORD).andExpect(status().isTooManyRequests());
		mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void theLockEndsFifteenMinutesAfterTheFifthFailure() throws Exception {
		String username = freshAccount();
		failuresAgo(username, Duration.ofMinutes(16), LoginThrottle.MAX_FAILURES);

		mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(authenticated());
	}

	@Test
	void theLockStillHoldsFourteenMinutesAfterTheFifthFailure() throws Exception {
		String username = freshAccount();
		failuresAgo(username, Duration.ofMinutes(14), LoginThrottle.MAX_FAILURES);

		mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void failuresSpreadOverMoreThanFifteenMinutesDoNotLock() throws Exception {
		String username = freshAccount();
		failuresAgo(username, Duration.ofMinutes(20), 2);
		failuresAgo(username, Duration.ofMinutes(2), LoginThrottle.MAX_FAILURES - 2);

		mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(authenticated());
	}

	@Test
	void guessesFiredInParallelStillGetOnlyFiveTries() throws Exception {
		String username = freshAccount();
		HttpRequest guess = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"fout\"}"))
			.build();
		List<Integer> statuses;
		try (HttpClient client = HttpClient.newHttpClient();
				ExecutorService attackers = Executors.newFixedThreadPool(12)) {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int attempt = 0; attempt < 12; attempt++) {
				answers.add(attackers
					.submit(() -> client.send(guess, HttpResponse.BodyHandlers.discarding()).statusCode()));
			}
			statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
		}

		assertThat(statuses).filteredOn(status -> status == 401).hasSize(LoginThrottle.MAX_FAILURES);
		assertThat(statuses).filteredOn(status -> status == 429).hasSize(12 - LoginThrottle.MAX_FAILURES);
	}

	private ResultActions token(String username, String password) throws Exception {
		return mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"));
	}

	/** Failures written straight into the table, as if they happened {@code ago}. */
	private void failuresAgo(String username, Duration ago, int count) {
		for (int i = 0; i < count; i++) {
			jdbc.sql("insert into login_failure (username_key, failed_at) values (:u, :at)")
				.param("u", LoginThrottle.key(username))
				.param("at", clock.instant().minus(ago).minusSeconds(i).atOffset(ZoneOffset.UTC))
				.update();
		}
	}

	private String freshAccount() {
		String username = "slot-" + UUID.randomUUID().toString().substring(0, 8);
		UUID id = UUID.randomUUID();
		UUID municipality = jdbc.sql("select municipality_id from user_account where username = 'beheerder'")
			.query(UUID.class)
			.single();
		jdbc.sql("""
				insert into user_account (id, municipality_id, username, display_name, password_hash)
				values (:id, :m, :u, 'Slot Test', :hash)""")
			.param("id", id)
			.param("m", municipality)
			.param("u", username)
			.param("hash", passwords.encode(PASSWORD))
			.update();
		jdbc.sql("insert into user_role (user_id, municipality_id, role) values (:id, :m, 'CASE_MANAGER')")
			.param("id", id)
			.param("m", municipality)
			.update();
		return username;
	}

}
