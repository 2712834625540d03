package nl.regie.referral;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import nl.regie.RegieTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every referral route, screen and API, refuses everyone but the receiving team's team
 * leader and team assistants with 403 (DESIGN §5); screening and deciding is the team
 * leader's alone. Another team's referral answers 404, as an unknown id does, so that an
 * id does not tell whether a referral exists. Every route is also in
 * {@code RouteAccessMatrixTest}, which fails on a route it does not list.
 */
@RegieTest
class ReferralAccessTest {

	/**
	 * Method, path ({id} = a referral of the demo team), whether it is the team leader's
	 * alone.
	 */
	static final List<Route> ROUTES = List.of(new Route(HttpMethod.GET, "/referrals", false, Map.of()),
			new Route(HttpMethod.GET, "/referrals/new", false, Map.of()),
			new Route(HttpMethod.POST, "/referrals", false, Map.of()),
			new Route(HttpMethod.POST, "/referrals", false, Map.of("addMember", "true")),
			new Route(HttpMethod.POST, "/referrals", false, Map.of("removeMember", "0")),
			new Route(HttpMethod.GET, "/referrals/{id}", false, Map.of()),
			new Route(HttpMethod.POST, "/referrals/{id}/involvements", false, Bodies.INVOLVEMENT),
			new Route(HttpMethod.POST, "/referrals/{id}/screening", true, Bodies.SCREENING),
			new Route(HttpMethod.POST, "/referrals/{id}/decision", true, Bodies.DECISION),
			new Route(HttpMethod.POST, "/referrals/{id}/referrer-messages/{messageId}/sent", false, Map.of()),
			new Route(HttpMethod.POST, "/referrals/{id}/referrer-messages/{messageId}/email", false,
					Map.of("emailAddress", "aanmelder@regie.example")),
			new Route(HttpMethod.GET, "/referrals/{id}/referrer-messages/{messageId}/print", false, Map.of()),
			new Route(HttpMethod.POST, "/referrals/{id}/consent", false, Bodies.CONSENT),
			new Route(HttpMethod.GET, "/referrals/waitlist", false, Map.of()),
			new Route(HttpMethod.POST, "/referrals/waitlist/capacity", true, Bodies.CAPACITY),
			new Route(HttpMethod.GET, "/api/v1/referrals", false, Map.of()),
			new Route(HttpMethod.POST, "/api/v1/referrals", false, Map.of()),
			new Route(HttpMethod.GET, "/api/v1/referrals/{id}", false, Map.of()),
			new Route(HttpMethod.POST, "/api/v1/referrals/{id}/involvements", false, Bodies.INVOLVEMENT),
			new Route(HttpMethod.PUT, "/api/v1/referrals/{id}/screening", true, Bodies.SCREENING),
			new Route(HttpMethod.POST, "/api/v1/referrals/{id}/decisions", true, Bodies.DECISION),
			new Route(HttpMethod.GET, "/api/v1/referrals/{id}/referrer-messages", false, Map.of()),
			new Route(HttpMethod.PUT, "/api/v1/referrals/{id}/consent", false, Bodies.CONSENT),
			new Route(HttpMethod.POST, "/api/v1/referrals/{id}/referrer-messages/{messageId}/sent", false, Map.of()),
			new Route(HttpMethod.POST, "/api/v1/referrals/{id}/referrer-messages/{messageId}/emails", false,
					Map.of("emailAddress", "aanmelder@regie.example")),
			new Route(HttpMethod.GET, "/api/v1/referrals/waitlist", false, Map.of()),
			new Route(HttpMethod.PUT, "/api/v1/referrals/waitlist/capacity", true, Bodies.CAPACITY));

	/** Valid bodies, so that a refusal is about access and not about input. */
	static final class Bodies {

		static final Map<String, Object> INVOLVEMENT = Map.of("organisation", "Schuldhulp", "role", "Budgetbeheer");

		static final Map<String, Object> SCREENING = Map.of("severalLifeDomains", true, "coordinationOutcome",
				"TEAM_COORDINATES");

		/**
		 * The test configuration's norm, so that setting it leaves the demo team's places
		 * for the other tests.
		 */
		static final Map<String, Object> CAPACITY = Map.of("maxCasesPerFte", 99.9);

		static final Map<String, Object> CONSENT = Map.of("consentToInformReferrer", true);

		static final Map<String, Object> DECISION = Map.of("version", 0, "outcome", "DECLINE", "reason", "Past niet",
				"declineReason", "OTHER", "advice", "Sociaal loket");

	}

	static final List<String> OUTSIDERS_OF_THE_DEMO_TEAM = List.of("casemanager", "kernteamlid", "specialist",
			"vrijwilliger", "huishouden", "beleid", "beheerder");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	PasswordEncoder passwords;

	ReferralFixtures fixtures;

	UUID referral;

	UUID message;

	@BeforeEach
	void fixtures() throws Exception {
		fixtures = new ReferralFixtures(mvc, jdbc, json, passwords);
		referral = fixtures
			.recorded(ReferralFixtures.singleMotherWithDebtsReferredByWorkAndIncome(ReferralFixtures.validBsn()));
		message = jdbc.sql("select id from referrer_message where referral_id = :r")
			.param("r", referral)
			.query(UUID.class)
			.single();
	}

	@Test
	void everyReferralRouteRefusesEveryoneOutsideTheReceivingTeamsLeaderAndAssistants() throws Exception {
		for (Route route : ROUTES) {
			for (String outsider : OUTSIDERS_OF_THE_DEMO_TEAM) {
				expectForbidden(route, outsider);
			}
		}
	}

	@Test
	void anotherTeamsReferralAnswersAsAnUnknownOneWithoutItsData() throws Exception {
		List<String> leadersOfOtherTeams = List.of(fixtures.teamLeaderOfAnotherTeam(false),
				fixtures.teamLeaderOfAnotherTeam(true));
		for (Route route : ROUTES.stream().filter(Route::aboutOneReferral).toList()) {
			for (String leader : leadersOfOtherTeams) {
				var response = perform(route, leader).andReturn().getResponse();
				assertThat(response.getStatus()).as(route.method() + " " + route.path() + " as " + leader)
					.isEqualTo(404);
				assertThat(response.getContentAsString()).doesNotContain("Alleenstaande moeder", "Samira", "DWI");
			}
		}
	}

	@Test
	void teamLeadersRoutesRefuseTheTeamAssistant() throws Exception {
		for (Route route : ROUTES.stream().filter(Route::teamLeaderOnly).toList()) {
			expectForbidden(route, "teamassistent");
		}
	}

	@Test
	void receivingTeamsLeaderAndAssistantAreLetIn() throws Exception {
		for (String insider : List.of("teamleider", "teamassistent")) {
			for (Route route : ROUTES.stream().filter(route -> route.method() == HttpMethod.GET).toList()) {
				assertThat(perform(route, insider).andReturn().getResponse().getStatus()).as(route + " " + insider)
					.isEqualTo(200);
			}
		}
	}

	private void expectForbidden(Route route, String username) throws Exception {
		int status = perform(route, username).andReturn().getResponse().getStatus();
		assertThat(status).as(route.method() + " " + route.path() + " as " + username).isEqualTo(403);
	}

	private ResultActions perform(Route route, String username) throws Exception {
		String path = route.path().replace("{id}", referral.toString()).replace("{messageId}", message.toString());
		MockHttpServletRequestBuilder request = request(route.method(), path);
		Map<String, Object> body = route.path().equals("/api/v1/referrals")
				? ReferralFixtures.singleMotherWithDebtsReferredByWorkAndIncome(null) : route.body();
		if (path.startsWith("/api/")) {
			request.header("Authorization", fixtures.token(username))
				.contentType(MediaType.APPLICATION_JSON)
				.content(fixtures.json(body));
		}
		else {
			request.cookie(fixtures.session(username)).with(csrf());
			body.forEach((name, value) -> request.param(name, String.valueOf(value)));
		}
		return mvc.perform(request);
	}

	record Route(HttpMethod method, String path, boolean teamLeaderOnly, Map<String, Object> body) {

		/**
		 * Team-level routes (inbox, intake) serve another team's leader their own team's
		 * referrals.
		 */
		boolean aboutOneReferral() {
			return path.contains("{id}");
		}

	}

}
