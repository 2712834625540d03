package nl.regie;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One test per finding of "nothing lost, nothing crashes" (issue 8) that is not already
 * the crash, restart or fuzz tests': each failed before its fix.
 */
@RegieTest
class HardeningTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void aDateTypedTheDutchWayShowsTheFormAgainWithWhatWasTyped() throws Exception {
		Cookie session = login("teamleider");
		mvc.perform(post("/referrals").cookie(session)
			.with(csrf())
			.param("referrer.type", "WORK_AND_INCOME")
			.param("referrer.name", "Ans de Wit")
			.param("reason", "Schulden en eenzaamheid")
			.param("household.members[0].givenName", "Sanne")
			.param("household.members[0].dateOfBirth", "12-04-1989")
			.param("urgency", "NIET_BESTAAND"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"12-04-1989\"")))
			.andExpect(content().string(containsString("Schulden en eenzaamheid")))
			.andExpect(content().string(containsString("Ans de Wit")))
			.andExpect(content().string(containsString("Vul een geldige datum in")));
	}

	@Test
	void anEmptyIntakePostShowsTheFormWithAMessagePerField() throws Exception {
		mvc.perform(post("/referrals").cookie(login("teamleider")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"error-summary\"")))
			.andExpect(content().string(containsString("<title>Fout: ")));
	}

	@Test
	void hoursPerWeekThatOverflowAreAFieldMessage() throws Exception {
		Cookie session = login("beheerder");
		String team = jdbc.sql("select id::text from team limit 1").query(String.class).single();
		mvc.perform(post("/admin/teams/" + team + "/members").cookie(session)
			.with(csrf())
			.param("name", "Piet")
			.param("position", "CORE")
			.param("homeOrganisation", "Combiwel")
			.param("discipline", "jeugd")
			.param("hoursPerWeek", "1e999999999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"1e999999999\"")));
	}

	@Test
	void aNulCharacterIsRefusedInFormsAndJsonAlike() throws Exception {
		mvc.perform(post("/admin/area-levels").cookie(login("beheerder")).with(csrf()).param("name", "wijk\u0000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("onzichtbare stuurtekens")));
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"a\\u0000b\",\"password\":\"regie-demo-123\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalidParams[0].code").value("text.controlCharacters"));
	}

	@Test
	void hugePageNumbersAreTheLastPageNotAnOverflow() throws Exception {
		mvc.perform(get("/api/v1/referrals").param("page", "100000000").header("Authorization", bearer("teamleider")))
			.andExpect(status().isOk());
		mvc.perform(get("/referrals").param("page", "100000000").cookie(login("teamleider")))
			.andExpect(status().isOk());
		mvc.perform(get("/admin/accounts").param("page", "100000000").cookie(login("beheerder")))
			.andExpect(status().isOk());
	}

	@Test
	void aLongUsernameIsRefusedBeforeTheThrottleAndUnknownNamesAreStoredAsShortKeys() throws Exception {
		long before = jdbc.sql("select count(*) from login_failure").query(Long.class).single();
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + "x".repeat(3000) + "\",\"password\":\"regie-demo\"}"))
			.andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select count(*) from login_failure").query(Long.class).single()).isEqualTo(before);

		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"onbekend-hardening\",\"password\":\"verkeerd-wachtwoord\"}"))
			.andExpect(status().isUnauthorized());
		assertThat(jdbc.sql("select max(length(username_key)) from login_failure").query(Integer.class).single())
			.isEqualTo(64);
		assertThat(jdbc.sql("select count(*) from login_failure where username_key like '%onbekend%'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aCsrfTokenThatDoesNotDecodeIsA403() throws Exception {
		Cookie session = login("beheerder");
		String page = mvc.perform(get("/admin").cookie(session)).andReturn().getResponse().getContentAsString();
		String token = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		String sameLengthNotDecodable = "\u00ff".repeat(token.length());
		mvc.perform(
				post("/admin/area-levels").cookie(session).param("_csrf", sameLengthNotDecodable).param("name", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/area-levels").cookie(session)
			.param("_csrf", "!".repeat(token.length()))
			.param("name", "x")).andExpect(status().isForbidden());
	}

	@Test
	void apiErrorsOutsideControllersAreProblemJson() throws Exception {
		for (String path : List.of("/api/v1/bestaat-niet", "/api/v1/referrals/%00", "/api/v1/a%2fb",
				"/api/v1//referrals")) {
			HttpResponse<String> answer = http.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as(path).isBetween(400, 499);
			assertThat(answer.headers().firstValue("Content-Type")).as(path)
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(answer.headers().firstValue("API-Version")).as(path).hasValue("1.0.0");
		}
		HttpResponse<String> notAllowed = http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/referrals"))
				.header("Authorization", bearer("teamleider"))
				.DELETE()
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(notAllowed.statusCode()).isEqualTo(405);
		assertThat(notAllowed.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void implausibleDatesAndCoercedScalarsAndDuplicateKeysAreRefused() throws Exception {
		String referral = jdbc.sql("select id::text from referral where status = 'RECEIVED' limit 1")
			.query(String.class)
			.single();
		String bearer = bearer("teamleider");
		mvc.perform(post("/api/v1/referrals/" + referral + "/involvements").header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"organisation\":\"GGD\",\"role\":\"arts\",\"since\":\"-0001-01-01\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/referrals/" + referral + "/involvements").header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"organisation\":\"GGD\",\"role\":\"arts\",\"since\":123}")).andExpect(status().isBadRequest());
		mvc.perform(put("/api/v1/referrals/" + referral + "/consent").header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"consentToInformReferrer\":123}")).andExpect(status().isBadRequest());
		mvc.perform(put("/api/v1/referrals/" + referral + "/consent").header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"consentToInformReferrer\":true,\"consentToInformReferrer\":false}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/referrals").header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"referrer":{"type":"WORK_AND_INCOME","name":"A","contact":"a@b.nl"},
					 "household":{"postcode":"1064AB","houseNumber":"1",
					   "members":[{"givenName":"A","familyName":"B","dateOfBirth":"1899-12-31"}]},
					 "reason":"r","urgency":"NORMAL"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalidParams[0].name").value("household.members[0].dateOfBirth"));
	}

	@Test
	void redirectsDoNotReflectTheHostHeader() throws Exception {
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
			.header("X-Forwarded-Host", "kwaadaardig.example")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).startsWith("/").doesNotContain("kwaadaardig").doesNotContain("127."));
	}

	@Test
	void aTokenCanBeRevokedAndLoggingOutCanEndAllTokens() throws Exception {
		String token = bearer("casemanager");
		mvc.perform(get("/api/v1/openapi.json").header("Authorization", token)).andExpect(status().isOk());
		mvc.perform(delete("/api/v1/auth/token").header("Authorization", token)).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/referrals").header("Authorization", token)).andExpect(status().isUnauthorized());

		String kept = bearer("teamassistent");
		Cookie session = login("teamassistent");
		mvc.perform(post("/logout").cookie(session).with(csrf()))
			.andExpect(header().string("Location", "/login?logout"));
		mvc.perform(get("/api/v1/referrals").header("Authorization", kept)).andExpect(status().isOk());
		mvc.perform(post("/logout").cookie(login("teamassistent")).with(csrf()).param("endApiTokens", "true"));
		mvc.perform(get("/api/v1/referrals").header("Authorization", kept)).andExpect(status().isUnauthorized());
	}

	@Test
	void theTokenLifetimeIsTheConfiguredOne() throws Exception {
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"beleid\",\"password\":\"regie-demo\"}"))
			.andExpect(jsonPath("$.expiresIn").value(8 * 3600));
	}

	private String bearer(String username) throws Exception {
		return ApiTestSupport.bearerTokenFor(mvc, username);
	}

	/** Sessions live in PostgreSQL (Spring Session): the test carries the cookie. */
	private Cookie login(String username) throws Exception {
		return mvc.perform(formLogin().user(username).password("regie-demo"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

}
