package nl.regie.identity;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.regie.RegieTest;
import nl.regie.organisation.OtherMunicipality;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in to the screens through a municipality's OpenID provider, a real one on
 * loopback ({@link OpenIdProvider}): the authorization code flow over HTTP, the ID token
 * checked against the provider's keys, the subject mapped to the account the
 * administrator prepared.
 */
@RegieTest
class SingleSignOnTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@LocalServerPort
	int port;

	private OtherMunicipality nieuwegein;

	private String nieuwegeinProvider;

	private OtherMunicipality houten;

	private String houtenProvider;

	@BeforeEach
	void twoMunicipalitiesEachWithTheirOwnProvider() {
		nieuwegein = OtherMunicipality.nieuwegein(jdbc, passwords);
		nieuwegeinProvider = OpenIdProvider.registerFor(jdbc, nieuwegein.id, issuerId("nieuwegein"),
				"Gemeente Nieuwegein");
		houten = OtherMunicipality.nieuwegein(jdbc, passwords);
		houtenProvider = OpenIdProvider.registerFor(jdbc, houten.id, issuerId("houten"), "Gemeente Houten");
	}

	@AfterEach
	void withoutTheProvidersOfThisTest() {
		OpenIdProvider.unregister(jdbc, nieuwegein.id);
		OpenIdProvider.unregister(jdbc, houten.id);
	}

	@Test
	void preparedAccountSignsInThroughTheProviderAndLandsOnItsPageWithItsRegieRoles() {
		String teamLeader = nieuwegein.account(Role.TEAM_LEADER);
		String upn = teamLeader + "@nieuwegein.example";
		OpenIdProvider.prepare(jdbc, teamLeader, upn);
		ProviderSignInFlow browser = new ProviderSignInFlow(port);

		// The provider sends the name in another case and a group claim that must not
		// count.
		String landing = browser.signIn(nieuwegeinProvider, "subject-" + UUID.randomUUID(),
				"{\"preferred_username\": \"" + upn.toUpperCase() + "\", \"roles\": [\"FUNCTIONAL_ADMINISTRATOR\"]}");

		assertThat(landing).isEqualTo("/");
		assertThat(ProviderSignInFlow.location(browser.get("/"))).isEqualTo("/referrals");
		HttpResponse<String> inbox = browser.get("/referrals");
		assertThat(inbox.statusCode()).isEqualTo(200);
		assertThat(inbox.body()).contains("Mijn account: Ans de Vries")
			.contains("<dt>Rol</dt><dd>Teamleider</dd>")
			.contains("Buurtteam Noord");
		assertThat(browser.get("/admin/accounts").statusCode()).isEqualTo(403);
	}

	@Test
	void anAccountThatLogsInThroughTheProviderChangesNoPasswordInRegie() {
		String caseManager = nieuwegein.account(Role.CASE_MANAGER);
		OpenIdProvider.prepare(jdbc, caseManager, caseManager + "@nieuwegein.example");
		ProviderSignInFlow browser = new ProviderSignInFlow(port);
		browser.signIn(nieuwegeinProvider, "subject-" + UUID.randomUUID(),
				"{\"preferred_username\": \"" + caseManager + "@nieuwegein.example\"}");
		String hashBefore = passwordHashOf(caseManager);

		HttpResponse<String> ownAccount = browser.get("/account");
		HttpResponse<String> refused = browser.post("/account", "/account/password",
				"currentPassword=" + OtherMunicipality.PASSWORD + "&newPassword=een-heel-nieuw-wachtwoord");

		assertThat(ownAccount.body()).contains("U logt in via uw gemeente.")
			.doesNotContain("action=\"/account/password\"");
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("data-testid=\"error-summary\"").contains("U logt in via uw gemeente.");
		assertThat(passwordHashOf(caseManager)).isEqualTo(hashBefore);
	}

	@Test
	void theLinkedSubjectSignsInAgainAfterItsNameChangedAtTheProvider() {
		String caseManager = nieuwegein.account(Role.CASE_MANAGER);
		OpenIdProvider.prepare(jdbc, caseManager, caseManager + "@nieuwegein.example");
		String subject = "subject-" + UUID.randomUUID();
		new ProviderSignInFlow(port).signIn(nieuwegeinProvider, subject,
				"{\"preferred_username\": \"" + caseManager + "@nieuwegein.example\"}");

		String landing = new ProviderSignInFlow(port).signIn(nieuwegeinProvider, subject,
				"{\"preferred_username\": \"married.name@nieuwegein.example\"}");

		assertThat(landing).isEqualTo("/");
		assertThat(jdbc.sql("""
				select count(*) from account_link l join user_account a on a.id = l.user_id
				where a.username = :u and l.subject = :s""")
			.param("u", caseManager)
			.param("s", subject)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anotherMunicipalitysProviderCannotSignInToTheFirstsAccounts() {
		String teamLeader = nieuwegein.account(Role.TEAM_LEADER);
		String upn = teamLeader + "@nieuwegein.example";
		OpenIdProvider.prepare(jdbc, teamLeader, upn);
		ProviderSignInFlow browser = new ProviderSignInFlow(port);

		String landing = browser.signIn(houtenProvider, "subject-" + UUID.randomUUID(),
				"{\"preferred_username\": \"" + upn + "\"}");

		assertThat(landing).isEqualTo("/login?sso=no-account");
		assertThat(browser.get("/referrals").statusCode()).isEqualTo(302);
		assertThat(linksOf(teamLeader)).isZero();
	}

	@Test
	void aSubjectWithoutAPreparedAccountIsToldInDutchWhomToAsk() {
		ProviderSignInFlow browser = new ProviderSignInFlow(port);

		String landing = browser.signIn(nieuwegeinProvider, "subject-" + UUID.randomUUID(),
				"{\"preferred_username\": \"nobody@nieuwegein.example\"}");

		assertThat(landing).isEqualTo("/login?sso=no-account");
		assertThat(browser.get(landing).body())
			.contains("er is in Regie nog geen account voor u klaargezet. Vraag de functioneel beheerder");
	}

	@Test
	void aDisabledAccountIsRefused() {
		String volunteer = nieuwegein.account(Role.VOLUNTEER);
		OpenIdProvider.prepare(jdbc, volunteer, volunteer + "@nieuwegein.example");
		jdbc.sql("update user_account set enabled = false where username = :u").param("u", volunteer).update();
		ProviderSignInFlow browser = new ProviderSignInFlow(port);

		String landing = browser.signIn(nieuwegeinProvider, "subject-" + UUID.randomUUID(),
				"{\"preferred_username\": \"" + volunteer + "@nieuwegein.example\"}");

		assertThat(landing).isEqualTo("/login?sso=disabled");
		assertThat(browser.get(landing).body()).contains("Uw Regie-account is uitgeschakeld.");
	}

	@Test
	void refusalsAreCountedByTheLoginThrottleAndLoggedWithoutPersonalData() {
		String subject = "subject-" + UUID.randomUUID();
		for (int refusal = 0; refusal < LoginThrottle.MAX_FAILURES; refusal++) {
			assertThat(new ProviderSignInFlow(port).signIn(nieuwegeinProvider, subject,
					"{\"preferred_username\": \"guess-" + refusal + "@nieuwegein.example\"}"))
				.isEqualTo("/login?sso=no-account");
		}

		assertThat(new ProviderSignInFlow(port).signIn(nieuwegeinProvider, subject,
				"{\"preferred_username\": \"guess@nieuwegein.example\"}"))
			.isEqualTo("/login?sso=locked");
		assertThat(jdbc
			.sql("""
					select action from audit_entry where municipality_id = :m and kind = 'SECURITY' order by occurred_at, seq""")
			.param("m", nieuwegein.id)
			.query(String.class)
			.list())
			.containsExactly("provider-sign-in-refused no-account", "provider-sign-in-refused no-account",
					"provider-sign-in-refused no-account", "provider-sign-in-refused no-account",
					"provider-sign-in-refused no-account", "sign-in-locked-out")
			.noneMatch(action -> action.contains(subject) || action.contains("guess"));
	}

	@Test
	void anAccountPreparedForTheProviderCannotUseAPassword() {
		String teamLeader = nieuwegein.account(Role.TEAM_LEADER);
		OpenIdProvider.prepare(jdbc, teamLeader, teamLeader + "@nieuwegein.example");

		HttpResponse<String> login = new ProviderSignInFlow(port).post("/login", "/login",
				"username=" + teamLeader + "&password=" + OtherMunicipality.PASSWORD);

		assertThat(ProviderSignInFlow.location(login)).isEqualTo("/login?error");
	}

	@Test
	void logoutEndsTheRegieSessionAndOffersTheProvidersLogout() {
		String teamLeader = nieuwegein.account(Role.TEAM_LEADER);
		OpenIdProvider.prepare(jdbc, teamLeader, teamLeader + "@nieuwegein.example");
		ProviderSignInFlow browser = new ProviderSignInFlow(port);
		browser.signIn(nieuwegeinProvider, "subject-" + UUID.randomUUID(),
				"{\"preferred_username\": \"" + teamLeader + "@nieuwegein.example\"}");

		HttpResponse<String> logout = browser.post("/referrals", "/logout", "x=1");

		assertThat(ProviderSignInFlow.location(logout)).isEqualTo("/login?logout");
		assertThat(browser.get("/referrals").statusCode()).isEqualTo(302);
		String loginPage = browser.get("/login?logout").body();
		assertThat(loginPage).contains("U bent uitgelogd.")
			.contains("Ook uitloggen bij Gemeente Nieuwegein")
			.contains(OpenIdProvider.issuer(issuerId("nieuwegein")) + "/endsession?id_token_hint=");
		assertThat(browser.get("/login?logout").body()).doesNotContain("Ook uitloggen bij");
	}

	@Test
	void theLoginPageOffersEachMunicipalitysProvider() {
		String loginPage = new ProviderSignInFlow(port).get("/login").body();

		assertThat(loginPage).contains("Inloggen via Gemeente Nieuwegein")
			.contains("/login/sso/" + nieuwegeinProvider)
			.contains("Met een Regie-account");
	}

	private String passwordHashOf(String username) {
		return jdbc.sql("select password_hash from user_account where username = :u")
			.param("u", username)
			.query(String.class)
			.single();
	}

	private int linksOf(String username) {
		return jdbc
			.sql("select count(*) from account_link l join user_account a on a.id = l.user_id where a.username = :u")
			.param("u", username)
			.query(Integer.class)
			.single();
	}

	/** Every test gets providers of its own: all tests share one database. */
	private String issuerId(String name) {
		return name + "-" + (name.equals("nieuwegein") ? nieuwegein : houten).id.toString().substring(0, 8);
	}

}
