package nl.regie.identity;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.regie.RegieTest;
import nl.regie.organisation.OtherMunicipality;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A municipality that requires a second factor for its local accounts: the password alone
 * opens nothing, the first sign-in sets up one-time codes, a code works once, and
 * recovery codes stand in for a lost phone. At the login page and at the token endpoint.
 */
@RegieTest
class SecondFactorTest {

	private static final Pattern SECRET = Pattern.compile("data-testid=\"enrolment-secret\">([A-Z2-7 ]+)<");

	private static final Pattern RECOVERY_CODE = Pattern.compile("<code>([A-Z2-9]{5}-[A-Z2-9]{5})</code>");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	MockMvc mvc;

	@Autowired
	SecondFactors secondFactors;

	@LocalServerPort
	int port;

	private OtherMunicipality nieuwegein;

	private String teamLeader;

	@BeforeEach
	void aMunicipalityThatRequiresASecondFactor() {
		nieuwegein = OtherMunicipality.nieuwegein(jdbc, passwords);
		secondFactors.require(nieuwegein.id, true);
		teamLeader = nieuwegein.account(Role.TEAM_LEADER);
	}

	@Test
	void thePasswordAloneOpensNoPage() {
		ProviderSignInFlow browser = new ProviderSignInFlow(port);

		assertThat(ProviderSignInFlow.location(logIn(browser))).isEqualTo("/login/second-factor");
		assertThat(ProviderSignInFlow.location(browser.get("/referrals"))).isEqualTo("/login/second-factor");
		assertThat(ProviderSignInFlow.location(browser.get("/"))).isEqualTo("/login/second-factor");
		assertThat(browser.get("/login/second-factor").body()).contains("Tweede factor instellen")
			.contains("<svg class=\"regie-qr\"");
	}

	@Test
	void theFirstSignInSetsUpTheFactorAndShowsRecoveryCodesOnce() {
		ProviderSignInFlow browser = new ProviderSignInFlow(port);
		logIn(browser);

		HttpResponse<String> enrolled = enrol(browser);

		assertThat(enrolled.statusCode()).isEqualTo(200);
		assertThat(recoveryCodes(enrolled.body())).hasSize(SecondFactors.RECOVERY_CODES);
		assertThat(ProviderSignInFlow.location(browser.get("/"))).isEqualTo("/referrals");
		assertThat(browser.get("/referrals").statusCode()).isEqualTo(200);
		assertThat(audit()).contains("second-factor-enrolled", "signed-in");
	}

	@Test
	void aCodeWorksOnceAndAReplayedCodeIsRefused() {
		String secret = enrolled();
		String next = OneTimeCodes.code(secret, OneTimeCodes.step(Instant.now()) + 1);
		ProviderSignInFlow first = new ProviderSignInFlow(port);
		logIn(first);
		assertThat(ProviderSignInFlow.location(code(first, next))).isEqualTo("/");

		ProviderSignInFlow second = new ProviderSignInFlow(port);
		assertThat(ProviderSignInFlow.location(logIn(second))).isEqualTo("/login/second-factor");
		HttpResponse<String> replayed = code(second, next);

		assertThat(replayed.statusCode()).isEqualTo(200);
		assertThat(replayed.body()).contains("<title>Fout: ")
			.contains("href=\"#secondFactor-code\">Deze code is al gebruikt.")
			.contains("id=\"secondFactor-code-error\">Deze code is al gebruikt.");
		assertThat(ProviderSignInFlow.location(second.get("/referrals"))).isEqualTo("/login/second-factor");
		assertThat(audit()).contains("second-factor-refused replayed-code");
	}

	@Test
	void wrongCodesAreCountedByTheLoginThrottle() {
		String secret = enrolled();
		ProviderSignInFlow browser = new ProviderSignInFlow(port);
		logIn(browser);
		for (int wrong = 0; wrong < LoginThrottle.MAX_FAILURES; wrong++) {
			assertThat(code(browser, "000000").body()).contains("Deze code klopt niet.");
		}

		String rightCode = OneTimeCodes.code(secret, OneTimeCodes.step(Instant.now()) + 1);
		assertThat(ProviderSignInFlow.location(code(browser, rightCode))).isEqualTo("/login?locked");
	}

	@Test
	void aRecoveryCodeStandsInForALostPhoneOnce() {
		ProviderSignInFlow browser = new ProviderSignInFlow(port);
		logIn(browser);
		String recoveryCode = recoveryCodes(enrol(browser).body()).get(3);

		ProviderSignInFlow lostPhone = new ProviderSignInFlow(port);
		logIn(lostPhone);
		assertThat(ProviderSignInFlow.location(code(lostPhone, recoveryCode.toLowerCase()))).isEqualTo("/");

		ProviderSignInFlow again = new ProviderSignInFlow(port);
		logIn(again);
		assertThat(code(again, recoveryCode).body()).contains("Deze code klopt niet.");
		assertThat(audit()).contains("recovery-code-used");
	}

	@Test
	void theTokenEndpointAsksForTheCodeAndRefusesAReplayedOne() throws Exception {
		token(null).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value(
					"Uw gemeente vraagt een tweede factor voor dit account. Log eerst eenmaal in op de schermen van Regie om die in te stellen."));
		String secret = enrolled();
		token(null).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value(
					"Dit account gebruikt een tweede factor. Stuur de code uit de authenticator-app mee als oneTimeCode."));
		String next = OneTimeCodes.code(secret, OneTimeCodes.step(Instant.now()) + 1);

		token(next).andExpect(status().isOk()).andExpect(jsonPath("$.accessToken").isString());
		token(next).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail")
				.value("Deze code is al gebruikt. Wacht tot de app een nieuwe code toont en typ die."));
	}

	private ResultActions token(String oneTimeCode) throws Exception {
		String code = oneTimeCode == null ? "" : ",\"oneTimeCode\":\"" + oneTimeCode + "\"";
		return mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + teamLeader + "\",\"password\":\"" + OtherMunicipality.PASSWORD + "\"" + code
					+ "}"));
	}

	/** Signs in once to set up the factor; returns the secret the app was given. */
	private String enrolled() {
		ProviderSignInFlow browser = new ProviderSignInFlow(port);
		logIn(browser);
		String secret = secretOn(browser.get("/login/second-factor").body());
		assertThat(enrol(browser, secret).statusCode()).isEqualTo(200);
		return secret;
	}

	private HttpResponse<String> enrol(ProviderSignInFlow browser) {
		return enrol(browser, secretOn(browser.get("/login/second-factor").body()));
	}

	private static HttpResponse<String> enrol(ProviderSignInFlow browser, String secret) {
		return browser.post("/login/second-factor", "/login/second-factor/enrol",
				"code=" + OneTimeCodes.code(secret, OneTimeCodes.step(Instant.now())));
	}

	private HttpResponse<String> logIn(ProviderSignInFlow browser) {
		return browser.post("/login", "/login", "username=" + teamLeader + "&password=" + OtherMunicipality.PASSWORD);
	}

	private static HttpResponse<String> code(ProviderSignInFlow browser, String code) {
		return browser.post("/login/second-factor", "/login/second-factor", "code=" + code);
	}

	private static String secretOn(String page) {
		Matcher secret = SECRET.matcher(page);
		assertThat(secret.find()).as("the enrolment page shows the key").isTrue();
		return secret.group(1).replace(" ", "");
	}

	private static List<String> recoveryCodes(String page) {
		return RECOVERY_CODE.matcher(page).results().map(match -> match.group(1)).toList();
	}

	private List<String> audit() {
		return jdbc.sql("select action from audit_entry where municipality_id = :m order by occurred_at, seq")
			.param("m", nieuwegein.id)
			.query(String.class)
			.list();
	}

}
