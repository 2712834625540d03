package nl.regie.identity;

import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.regie.RegieTest;
import nl.regie.organisation.OtherMunicipality;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API accepts the access tokens of a municipality's provider (JWT) next to Regie's
 * own: signed by the provider's published keys (fetched from the real provider on
 * loopback), meant for Regie, current, and standing for a prepared account of that
 * provider's municipality. Everything else is a problem+json 401 saying what is wrong.
 */
@RegieTest
class ProviderTokenTest {

	private static final String REFERRALS = "/api/v1/referrals";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	private OtherMunicipality nieuwegein;

	private String nieuwegeinIssuer;

	private OtherMunicipality houten;

	private String houtenIssuer;

	private String teamLeader;

	private String upn;

	@BeforeEach
	void twoMunicipalitiesEachWithTheirOwnProviderAndAPreparedTeamLeader() {
		nieuwegein = OtherMunicipality.nieuwegein(jdbc, passwords);
		nieuwegeinIssuer = "nieuwegein-api-" + nieuwegein.id.toString().substring(0, 8);
		OpenIdProvider.registerFor(jdbc, nieuwegein.id, nieuwegeinIssuer, "Gemeente Nieuwegein");
		houten = OtherMunicipality.nieuwegein(jdbc, passwords);
		houtenIssuer = "houten-api-" + houten.id.toString().substring(0, 8);
		OpenIdProvider.registerFor(jdbc, houten.id, houtenIssuer, "Gemeente Houten");
		teamLeader = nieuwegein.account(Role.TEAM_LEADER);
		upn = teamLeader + "@nieuwegein.example";
		OpenIdProvider.prepare(jdbc, teamLeader, upn);
	}

	@AfterEach
	void withoutTheProvidersOfThisTest() {
		OpenIdProvider.unregister(jdbc, nieuwegein.id);
		OpenIdProvider.unregister(jdbc, houten.id);
	}

	@Test
	void aProviderAccessTokenWorksOnTheApiAsThePreparedAccount() throws Exception {
		String token = OpenIdProvider.accessToken(nieuwegeinIssuer, "subject-" + UUID.randomUUID(),
				OpenIdProvider.clientId(nieuwegeinIssuer), Map.of("preferred_username", upn), 300);

		call(token).andExpect(status().isOk()).andExpect(jsonPath("$.page.totalElements").value(0));
	}

	@Test
	void aTokenForAnotherAudienceIsRefused() throws Exception {
		String token = OpenIdProvider.accessToken(nieuwegeinIssuer, "subject-" + UUID.randomUUID(), "another-api",
				Map.of("preferred_username", upn), 300);

		refused(call(token),
				"Dit token is niet bestemd voor Regie (verkeerde audience). Vraag een token aan voor Regie.");
	}

	@Test
	void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
		RSAKey stranger = new RSAKeyGenerator(2048).keyID("not-the-providers").generate();
		SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(stranger.getKeyID()).build(),
				new JWTClaimsSet.Builder().issuer(OpenIdProvider.issuer(nieuwegeinIssuer))
					.subject("subject-" + UUID.randomUUID())
					.audience(OpenIdProvider.clientId(nieuwegeinIssuer))
					.claim("preferred_username", upn)
					.issueTime(new Date())
					.expirationTime(new Date(System.currentTimeMillis() + 300_000))
					.build());
		forged.sign(new RSASSASigner(stranger));

		refused(call(forged.serialize()),
				"De handtekening van dit token klopt niet met de sleutels van de identity provider.");
	}

	@Test
	void anExpiredTokenIsRefused() throws Exception {
		String token = OpenIdProvider.accessTokenIssued(Duration.ofHours(1), Duration.ofMinutes(10), nieuwegeinIssuer,
				"subject-" + UUID.randomUUID(), OpenIdProvider.clientId(nieuwegeinIssuer),
				Map.of("preferred_username", upn));

		refused(call(token), "Dit token is verlopen of nog niet geldig. Vraag een nieuw token aan.");
	}

	@Test
	void aTokenOfAnotherMunicipalitysProviderDoesNotReachTheFirstsAccounts() throws Exception {
		String token = OpenIdProvider.accessToken(houtenIssuer, "subject-" + UUID.randomUUID(),
				OpenIdProvider.clientId(houtenIssuer), Map.of("preferred_username", upn), 300);

		refused(call(token),
				"Voor deze persoon is in Regie geen account klaargezet bij de gemeente van deze identity provider.");
	}

	@Test
	void aTokenOfAProviderNoMunicipalityUsesIsRefused() throws Exception {
		String token = OpenIdProvider.accessToken("nobodys-" + UUID.randomUUID(), "subject-" + UUID.randomUUID(),
				"regie", Map.of("preferred_username", upn), 300);

		refused(call(token),
				"Dit token is niet uitgegeven door de identity provider van een gemeente die Regie gebruikt.");
	}

	@Test
	void aSignedTokenWithoutASubjectStandsForNobody() throws Exception {
		String token = OpenIdProvider.tokenWithClaims(nieuwegeinIssuer,
				Map.of("aud", OpenIdProvider.clientId(nieuwegeinIssuer), "preferred_username", upn));

		refused(call(token), "Dit is geen geldig token.");
	}

	@Test
	void aTokenForADisabledAccountIsRefused() throws Exception {
		jdbc.sql("update user_account set enabled = false where username = :u").param("u", teamLeader).update();
		String token = OpenIdProvider.accessToken(nieuwegeinIssuer, "subject-" + UUID.randomUUID(),
				OpenIdProvider.clientId(nieuwegeinIssuer), Map.of("preferred_username", upn), 300);

		refused(call(token), "Het Regie-account van deze persoon is uitgeschakeld.");
	}

	@Test
	void refusedTokensOfOneSubjectAreCountedByTheLoginThrottle() throws Exception {
		String subject = "subject-" + UUID.randomUUID();
		for (int refusal = 0; refusal < LoginThrottle.MAX_FAILURES; refusal++) {
			call(OpenIdProvider.accessToken(nieuwegeinIssuer, subject, "another-api", Map.of(), 300))
				.andExpect(status().isUnauthorized());
		}

		String valid = OpenIdProvider.accessToken(nieuwegeinIssuer, subject, OpenIdProvider.clientId(nieuwegeinIssuer),
				Map.of("preferred_username", upn), 300);
		call(valid).andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "900"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	private ResultActions call(String token) throws Exception {
		return mvc.perform(get(REFERRALS).header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
	}

	private static void refused(ResultActions call, String detail) throws Exception {
		call.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("WWW-Authenticate", Matchers.startsWith("Bearer error=\"invalid_token\"")))
			.andExpect(header().exists("API-Version"))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.detail").value(detail));
	}

}
