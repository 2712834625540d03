package nl.regie.identity;

import java.net.http.HttpResponse;

import jakarta.servlet.http.Cookie;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.regie.RegieTest;
import nl.regie.WebClientSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@RegieTest
class LoginTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@ParameterizedTest
	@CsvSource({ "teamleider, TEAM_LEADER, /", "teamassistent, TEAM_ASSISTANT, /", "casemanager, CASE_MANAGER, /",
			"kernteamlid, CORE_TEAM_MEMBER, /", "specialist, OUTER_RING_SPECIALIST, /", "vrijwilliger, VOLUNTEER, /",
			"huishouden, HOUSEHOLD, /", "beleid, POLICY_OFFICER, /", "beheerder, FUNCTIONAL_ADMINISTRATOR, /" })
	void everyDemoRoleCanLogIn(String username, Role role, String landing) throws Exception {
		mvc.perform(formLogin().user(username).password("regie-demo"))
			.andExpect(authenticated().withUsername(username).withRoles(role.name()))
			.andExpect(redirectedUrl(landing));
	}

	@Test
	void wrongPasswordIsRefusedWithADutchMessage() throws Exception {
		mvc.perform(formLogin().user("teamleider").password("wrong"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));

		mvc.perform(get("/login").param("error", ""))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(Matchers.containsString("Gebruikersnaam of wachtwoord is onjuist. Probeer het opnieuw.")));
	}

	@Test
	void loginPageIsDutchByDefaultAndEnglishOnRequest() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(content().string(Matchers.containsString("<html lang=\"nl\">")))
			.andExpect(content().string(Matchers.containsString("Wachtwoord")));
		mvc.perform(get("/login").param("lang", "en"))
			.andExpect(content().string(Matchers.containsString("<html lang=\"en\">")))
			.andExpect(content().string(Matchers.containsString("Password")));
	}

	@Test
	void loginWithoutCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/login").param("username", "teamleider").param("password", "regie-demo"))
			.andExpect(status().isForbidden());
	}

	@Test
	void volunteerGetsAPlainNoAccessPageForTheReferralInbox() {
		WebClientSession volunteer = WebClientSession.loggedIn(port, "vrijwilliger", "regie-demo");

		HttpResponse<String> page = volunteer.get("/referrals");

		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("<h1 class=\"utrecht-heading-1\">Geen toegang</h1>")
			.doesNotContain("Exception")
			.doesNotContain("at nl.regie");
	}

	@Test
	void teamLeaderLandsOnTheReferralInboxAfterLogin() throws Exception {
		Cookie session = loggedIn("teamleider");

		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/referrals"));
	}

	@Test
	void logoutEndsTheSession() throws Exception {
		Cookie session = loggedIn("teamleider");

		mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
		mvc.perform(get("/referrals").cookie(session))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", Matchers.endsWith("/login")));
	}

	@Test
	void passwordsAreStoredAsBcryptHashes() {
		String hash = jdbc.sql("select password_hash from user_account where username = 'teamleider'")
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("regie-demo");
	}

	/**
	 * Sessions live in PostgreSQL (Spring Session), so the test carries the session
	 * cookie.
	 */
	private Cookie loggedIn(String username) throws Exception {
		MvcResult result = mvc.perform(formLogin().user(username).password("regie-demo")).andReturn();
		return result.getResponse().getCookie("SESSION");
	}

}
