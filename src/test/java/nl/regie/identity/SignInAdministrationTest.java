package nl.regie.identity;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * The functional administrator connects the municipality's provider, prepares an account
 * for it, requires a second factor and resets a lost one: each on the screens, each a
 * security event in the audit log.
 */
@RegieTest
class SignInAdministrationTest {

	private static final Pattern SECRET = Pattern.compile("data-testid=\"enrolment-secret\">([A-Z2-7 ]+)<");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@LocalServerPort
	int port;

	private OtherMunicipality nieuwegein;

	private ProviderSignInFlow administrator;

	@BeforeEach
	void anAdministratorOfAMunicipalityWithoutAProvider() {
		nieuwegein = OtherMunicipality.nieuwegein(jdbc, passwords);
		administrator = new ProviderSignInFlow(port);
		administrator.post("/login", "/login", "username=" + nieuwegein.account(Role.FUNCTIONAL_ADMINISTRATOR)
				+ "&password=" + OtherMunicipality.PASSWORD);
	}

	@AfterEach
	void withoutTheProvidersOfThisTest() {
		OpenIdProvider.unregister(jdbc, nieuwegein.id);
	}

	@Test
	void theAdministratorConnectsTheProviderAndPreparesAnAccountThatThenSignsInThroughIt() {
		String issuerId = "settings-" + nieuwegein.id.toString().substring(0, 8);
		HttpResponse<String> saved = saveProvider(OpenIdProvider.issuer(issuerId), OpenIdProvider.SECRET_REFERENCE);
		assertThat(ProviderSignInFlow.location(saved)).isEqualTo("/admin/sign-in");
		assertThat(administrator.get("/admin/sign-in").body()).contains("De identity provider is opgeslagen.")
			.contains("/login/oauth2/code/" + IdentityProvider.registrationIdOf(nieuwegein.id));
		String caseManager = nieuwegein.account(Role.CASE_MANAGER);
		UUID account = accountId(caseManager);

		HttpResponse<String> prepared = administrator.post("/admin/accounts/" + account,
				"/admin/accounts/" + account + "/provider-username", "providerUsername=C.Manager%40nieuwegein.example");
		assertThat(ProviderSignInFlow.location(prepared)).isEqualTo("/admin/accounts/" + account);
		assertThat(administrator.get("/admin/accounts/" + account).body())
			.contains("Dit account is klaargezet om in te loggen via de gemeente.");

		String landing = new ProviderSignInFlow(port).signIn(IdentityProvider.registrationIdOf(nieuwegein.id),
				"subject-" + UUID.randomUUID(), "{\"preferred_username\": \"c.manager@nieuwegein.example\"}");
		assertThat(landing).isEqualTo("/");
		assertThat(administrator.get("/admin/accounts/" + account).body())
			.contains("Dit account logt in via de gemeente en is gekoppeld.");
		assertThat(audit()).contains("provider-added enabled=true", "provider-username-set",
				"signed-in-through-provider");
	}

	@Test
	void aSecretReferenceOutsideRegiesOwnSettingsIsRefused() {
		HttpResponse<String> refused = saveProvider("https://sso.nieuwegein.example/realms/medewerkers",
				"SPRING_DATASOURCE_PASSWORD");

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Gebruik een naam die begint met REGIE_OIDC_");
		assertThat(jdbc.sql("select count(*) from identity_provider where municipality_id = :m")
			.param("m", nieuwegein.id)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void thePlainHttpIssuerOfAnotherMachineIsRefused() {
		assertThat(saveProvider("http://sso.nieuwegein.example/realms/medewerkers", OpenIdProvider.SECRET_REFERENCE)
			.body()).contains("Vul een https-adres in");
	}

	@Test
	void theAdministratorRequiresASecondFactorAndResetsALostOne() {
		HttpResponse<String> required = administrator.post("/admin/sign-in", "/admin/sign-in/second-factor",
				"required=true");
		assertThat(ProviderSignInFlow.location(required)).isEqualTo("/admin/sign-in");
		String teamLeader = nieuwegein.account(Role.TEAM_LEADER);
		ProviderSignInFlow person = new ProviderSignInFlow(port);
		person.post("/login", "/login", "username=" + teamLeader + "&password=" + OtherMunicipality.PASSWORD);
		Matcher secret = SECRET.matcher(person.get("/login/second-factor").body());
		assertThat(secret.find()).isTrue();
		person.post("/login/second-factor", "/login/second-factor/enrol",
				"code=" + OneTimeCodes.code(secret.group(1).replace(" ", ""), OneTimeCodes.step(Instant.now())));
		assertThat(person.get("/referrals").statusCode()).isEqualTo(200);
		UUID account = accountId(teamLeader);

		HttpResponse<String> reset = administrator.post("/admin/accounts/" + account,
				"/admin/accounts/" + account + "/second-factor/reset", "x=1");

		assertThat(ProviderSignInFlow.location(reset)).isEqualTo("/admin/accounts/" + account);
		assertThat(ProviderSignInFlow.location(person.get("/referrals"))).endsWith("/login");
		ProviderSignInFlow again = new ProviderSignInFlow(port);
		again.post("/login", "/login", "username=" + teamLeader + "&password=" + OtherMunicipality.PASSWORD);
		assertThat(again.get("/login/second-factor").body()).contains("Tweede factor instellen");
		assertThat(audit()).contains("second-factor-required=true", "second-factor-enrolled", "second-factor-reset");
	}

	private HttpResponse<String> saveProvider(String issuer, String secretReference) {
		return administrator.post("/admin/sign-in", "/admin/sign-in/provider",
				"displayName=Gemeente+Nieuwegein&issuer=" + issuer + "&clientId=regie&clientSecretRef="
						+ secretReference + "&usernameClaim=preferred_username&apiAudience=&enabled=true&version=0");
	}

	private UUID accountId(String username) {
		return jdbc.sql("select id from user_account where username = :u")
			.param("u", username)
			.query(UUID.class)
			.single();
	}

	private List<String> audit() {
		return jdbc.sql("select action from audit_entry where municipality_id = :m order by occurred_at, seq")
			.param("m", nieuwegein.id)
			.query(String.class)
			.list();
	}

}
