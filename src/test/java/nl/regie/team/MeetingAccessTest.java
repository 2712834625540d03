package nl.regie.team;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import nl.regie.MutableClock;
import nl.regie.RegieTest;
import nl.regie.casefile.CaseFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every team-meeting route refuses every role DESIGN §5 excludes: volunteers, households,
 * policy officers and functional administrators (403); an outer-ring specialist outside
 * the meeting; planning refuses the core team, the settings everyone but the team leader;
 * another team's meeting is 404. A new route must be added to {@link #ROUTES}.
 */
@RegieTest
class MeetingAccessTest {

	static final List<Route> ROUTES = List.of(new Route(HttpMethod.GET, "/meetings", Whose.INSIDERS),
			new Route(HttpMethod.POST, "/meetings", Whose.PLANNERS),
			new Route(HttpMethod.GET, "/meetings/{id}", Whose.INSIDERS),
			new Route(HttpMethod.GET, "/meetings/{id}/print", Whose.INSIDERS),
			new Route(HttpMethod.POST, "/meetings/{id}/outcomes", Whose.INSIDERS),
			new Route(HttpMethod.GET, "/team/settings", Whose.TEAM_LEADER),
			new Route(HttpMethod.POST, "/team/settings", Whose.TEAM_LEADER),
			new Route(HttpMethod.GET, "/api/v1/team-meetings", Whose.INSIDERS),
			new Route(HttpMethod.POST, "/api/v1/team-meetings", Whose.PLANNERS),
			new Route(HttpMethod.GET, "/api/v1/team-meetings/{id}/agenda", Whose.INSIDERS),
			new Route(HttpMethod.POST, "/api/v1/team-meetings/{id}/outcomes", Whose.INSIDERS));

	static final List<String> NO_MEETINGS = List.of("vrijwilliger", "huishouden", "beleid", "beheerder");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	MutableClock clock;

	final Map<String, String> tokens = new HashMap<>();

	final Map<String, Cookie> sessions = new HashMap<>();

	UUID meeting;

	@BeforeEach
	void aMeetingWithoutTheSpecialist() throws Exception {
		String body = mvc
			.perform(request(HttpMethod.POST, "/api/v1/team-meetings").header("Authorization", token("teamleider"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(
						Map.of("heldOn", LocalDate.now().plusDays(3).toString(), "type", "WEEKLY_TEAM_MEETING"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		meeting = UUID.fromString(json.readTree(body).get("id").asString());
	}

	@Test
	void everyMeetingRouteRefusesTheRolesOutsideTheTeamsWork() throws Exception {
		for (Route route : ROUTES) {
			for (String user : NO_MEETINGS) {
				assertThat(status(route, user)).as(route + " as " + user).isEqualTo(403);
			}
			assertThat(status(route, "specialist")).as(route + " as a specialist not taking part").isEqualTo(403);
		}
	}

	@Test
	void planningRefusesTheCoreTeamAndTheSettingsEveryoneButTheTeamLeader() throws Exception {
		for (Route route : ROUTES.stream().filter(route -> route.whose() != Whose.INSIDERS).toList()) {
			assertThat(status(route, "casemanager")).as(route.toString()).isEqualTo(403);
			assertThat(status(route, "kernteamlid")).as(route.toString()).isEqualTo(403);
		}
		for (Route route : ROUTES.stream().filter(route -> route.whose() == Whose.TEAM_LEADER).toList()) {
			assertThat(status(route, "teamassistent")).as(route.toString()).isEqualTo(403);
		}
	}

	@Test
	void anotherTeamsMeetingAnswersAsAnUnknownOne() throws Exception {
		String leader = new CaseFixtures(mvc, jdbc, json, clock).teamLeaderOfAnotherTeam(passwords);
		for (Route route : ROUTES.stream().filter(route -> route.path().contains("{id}")).toList()) {
			assertThat(status(route, leader)).as(route.toString()).isEqualTo(404);
		}
	}

	@Test
	void theTeamsOfficeAndCoreTeamAreLetIn() throws Exception {
		for (Route route : ROUTES.stream().filter(route -> route.method() == HttpMethod.GET).toList()) {
			for (String user : route.whose() == Whose.TEAM_LEADER ? List.of("teamleider")
					: List.of("teamleider", "teamassistent", "casemanager", "kernteamlid")) {
				assertThat(status(route, user)).as(route + " as " + user).isEqualTo(200);
			}
		}
	}

	private int status(Route route, String username) throws Exception {
		String path = route.path().replace("{id}", meeting.toString());
		MockHttpServletRequestBuilder request = request(route.method(), path);
		if (path.startsWith("/api/")) {
			request.header("Authorization", token(username))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(Map.of("itemKey", "WAITLIST:x")));
		}
		else {
			request.cookie(session(username)).with(csrf()).param("itemKey", "WAITLIST:x");
		}
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private String token(String username) throws Exception {
		if (!tokens.containsKey(username)) {
			String body = mvc
				.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
					.content(json.writeValueAsString(Map.of("username", username, "password", "regie-demo"))))
				.andReturn()
				.getResponse()
				.getContentAsString();
			tokens.put(username, "Bearer " + json.readTree(body).get("accessToken").asString());
		}
		return tokens.get(username);
	}

	private Cookie session(String username) throws Exception {
		if (!sessions.containsKey(username)) {
			sessions.put(username,
					mvc.perform(formLogin().user(username).password("regie-demo"))
						.andReturn()
						.getResponse()
						.getCookie("SESSION"));
		}
		return sessions.get(username);
	}

	enum Whose {

		/**
		 * The team's office and core team (team leader, team assistant, case managers,
		 * core-team members).
		 */
		INSIDERS,

		/** Team leader and team assistant. */
		PLANNERS,

		TEAM_LEADER

	}

	record Route(HttpMethod method, String path, Whose whose) {
	}

}
