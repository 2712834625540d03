package nl.regie.referral;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import nl.regie.RegieTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every referral route, screen and API, refuses everyone but the receiving team's team
 * leader and team assistants with 403 (DESIGN §5); screening and deciding is the team
 * leader's alone. A new route must be added to {@link #ROUTES}.
 */
@RegieTest
class ReferralAccessTest {

	/** Method, path ({id} = a referral of the demo team), whether it is the team leader's alone. */
	static final List<Route> ROUTES = List.of(
			new Route(HttpMethod.GET, "/referrals", false),
			new Route(HttpMethod.GET, "/referrals/new", false),
			new Route(HttpMethod.POST, "/referrals", false),
			new Route(HttpMethod.GET, "/api/v1/referrals", false),
			new Route(HttpMethod.POST, "/api/v1/referrals", false));

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

	@BeforeEach
	void fixtures() throws Exception {
		fixtures = new ReferralFixtures(mvc, jdbc, json, passwords);
		referral = fixtures.recorded(ReferralFixtures.singleMotherWithDebtsReferredByWorkAndIncome(ReferralFixtures.validBsn()));
	}

	@Test
	void everyReferralRouteRefusesEveryoneOutsideTheReceivingTeamsLeaderAndAssistants() throws Exception {
		List<String> leadersOfOtherTeams = List.of(fixtures.teamLeaderOfAnotherTeam(false),
				fixtures.teamLeaderOfAnotherTeam(true));
		for (Route route : ROUTES) {
			List<String> outsiders = new ArrayList<>(OUTSIDERS_OF_THE_DEMO_TEAM);
			if (route.aboutOneReferral()) {
				outsiders.addAll(leadersOfOtherTeams);
			}
			for (String outsider : outsiders) {
				expectForbidden(route, outsider);
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
			for (Route route : Stream.of(ROUTES.get(0), ROUTES.get(1), ROUTES.get(3)).toList()) {
				assertThat(perform(route, insider).andReturn().getResponse().getStatus()).as(route + " " + insider)
					.isEqualTo(200);
			}
		}
	}

	private void expectForbidden(Route route, String username) throws Exception {
		int status = perform(route, username).andReturn().getResponse().getStatus();
		assertThat(status).as(route.method() + " " + route.path() + " as " + username).isEqualTo(403);
	}

	private org.springframework.test.web.servlet.ResultActions perform(Route route, String username) throws Exception {
		String path = route.path().replace("{id}", referral.toString());
		MockHttpServletRequestBuilder request = request(route.method(), path);
		if (path.startsWith("/api/")) {
			request.header("Authorization", fixtures.token(username))
				.contentType(MediaType.APPLICATION_JSON)
				.content(fixtures.json(ReferralFixtures.singleMotherWithDebtsReferredByWorkAndIncome(null)));
		}
		else {
			request.cookie(fixtures.session(username)).with(csrf());
		}
		return mvc.perform(request);
	}

	record Route(HttpMethod method, String path, boolean teamLeaderOnly) {

		/** Team-level routes (inbox, intake) serve another team's leader their own team's referrals. */
		boolean aboutOneReferral() {
			return path.contains("{id}");
		}

	}

}
