package nl.regie.casefile;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import nl.regie.MutableClock;
import nl.regie.RegieTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every case route, screen and API, refuses every role DESIGN §5 excludes: team
 * assistants, volunteers, households, policy officers and functional administrators see
 * no case content (403); a core-team member or specialist who does not work the case sees
 * nothing of it; the team leader's routes refuse the case manager; another team's leader
 * gets 404. A new route must be added to {@link #ROUTES}, or the completeness test fails.
 */
@RegieTest
class CaseAccessTest {

	/**
	 * Method, path ({id} = a case of the demo team worked by Jeroen and Frank), whose.
	 */
	static final List<Route> ROUTES = List.of(new Route(HttpMethod.GET, "/cases/my", Whose.CORE_TEAM),
			new Route(HttpMethod.GET, "/team/caseload", Whose.TEAM_LEADER),
			new Route(HttpMethod.GET, "/cases/{id}", Whose.WORKERS),
			new Route(HttpMethod.GET, "/cases/{id}/letter.pdf", Whose.WORKERS),
			new Route(HttpMethod.GET, "/cases/{id}/contacts/new", Whose.WORKERS),
			new Route(HttpMethod.POST, "/cases/{id}/contacts", Whose.WORKERS),
			new Route(HttpMethod.POST, "/cases/{id}/attempts", Whose.WORKERS),
			new Route(HttpMethod.POST, "/cases/{id}/expectations", Whose.WORKERS),
			new Route(HttpMethod.POST, "/cases/{id}/consultation-requests", Whose.WORKERS),
			new Route(HttpMethod.POST, "/cases/{id}/roles", Whose.WORKERS),
			new Route(HttpMethod.GET, "/cases/{id}/closing", Whose.WORKERS),
			new Route(HttpMethod.POST, "/cases/{id}/closing", Whose.WORKERS),
			new Route(HttpMethod.POST, "/cases/{id}/closing/completion", Whose.WORKERS),
			new Route(HttpMethod.POST, "/cases/{id}/closing/withdrawal", Whose.WORKERS),
			new Route(HttpMethod.POST, "/cases/{id}/closure-without-contact", Whose.WORKERS),
			new Route(HttpMethod.POST, "/cases/{id}/scale-up", Whose.WORKERS),
			new Route(HttpMethod.POST, "/cases/{id}/check-ins", Whose.WORKERS),
			new Route(HttpMethod.POST, "/cases/{id}/reopening", Whose.WORKERS),
			new Route(HttpMethod.GET, "/cases/{id}/assignment", Whose.TEAM_LEADER),
			new Route(HttpMethod.POST, "/cases/{id}/assignment", Whose.TEAM_LEADER),
			new Route(HttpMethod.POST, "/cases/{id}/reassignment", Whose.TEAM_LEADER),
			new Route(HttpMethod.POST, "/cases/{id}/consultants", Whose.TEAM_LEADER),
			new Route(HttpMethod.GET, "/api/v1/my-cases", Whose.CORE_TEAM),
			new Route(HttpMethod.GET, "/api/v1/cases/{id}", Whose.WORKERS),
			new Route(HttpMethod.PUT, "/api/v1/cases/{id}/assignment", Whose.TEAM_LEADER),
			new Route(HttpMethod.PUT, "/api/v1/cases/{id}/reassignment", Whose.TEAM_LEADER),
			new Route(HttpMethod.POST, "/api/v1/cases/{id}/contact-attempts", Whose.WORKERS),
			new Route(HttpMethod.POST, "/api/v1/cases/{id}/contacts", Whose.WORKERS));

	/** DESIGN §5: no case content at all. */
	static final List<String> NO_CASE_CONTENT = List.of("teamassistent", "vrijwilliger", "huishouden", "beleid",
			"beheerder");

	/** Members of the team who do not work this case (and it was never discussed). */
	static final List<String> NOT_ON_THIS_CASE = List.of("kernteamlid", "specialist");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	MutableClock clock;

	@Autowired
	PasswordEncoder passwords;

	CaseFixtures fixtures;

	UUID caseId;

	@BeforeEach
	void aCaseWorkedByJeroenAndFrank() throws Exception {
		fixtures = new CaseFixtures(mvc, jdbc, json, clock);
		caseId = fixtures.singleManWithDebtsAccepted().caseId();
		fixtures.assign(caseId, "Jeroen Smit", "Frank de Wit", null);
	}

	@Test
	void everyCaseRouteRefusesTheRolesThatSeeNoCaseContent() throws Exception {
		for (Route route : ROUTES) {
			for (String user : NO_CASE_CONTENT) {
				assertThat(status(route, user)).as(route + " as " + user).isEqualTo(403);
			}
		}
	}

	@Test
	void theRoutesOfOneCaseRefuseTeamMembersWhoDoNotWorkIt() throws Exception {
		for (Route route : ROUTES.stream().filter(Route::aboutOneCase).toList()) {
			for (String user : NOT_ON_THIS_CASE) {
				assertThat(status(route, user)).as(route + " as " + user).isEqualTo(403);
			}
		}
	}

	@Test
	void theTeamLeadersRoutesRefuseTheCaseManager() throws Exception {
		for (Route route : ROUTES.stream().filter(route -> route.whose() == Whose.TEAM_LEADER).toList()) {
			assertThat(status(route, "casemanager")).as(route.toString()).isEqualTo(403);
		}
	}

	@Test
	void anotherTeamsCaseAnswersAsAnUnknownOne() throws Exception {
		String leader = fixtures.teamLeaderOfAnotherTeam(passwords);
		for (Route route : ROUTES.stream().filter(Route::aboutOneCase).toList()) {
			assertThat(status(route, leader)).as(route.toString()).isEqualTo(404);
		}
	}

	@Test
	void theCaseManagerAndTheTeamLeaderAreLetIn() throws Exception {
		for (Route route : ROUTES.stream()
			.filter(route -> route.method() == HttpMethod.GET && !route.path().endsWith(".pdf"))
			.toList()) {
			String user = route.whose() == Whose.TEAM_LEADER ? "teamleider" : "casemanager";
			assertThat(status(route, user)).as(route + " as " + user).isEqualTo(200);
		}
	}

	private int status(Route route, String username) throws Exception {
		String path = route.path().replace("{id}", caseId.toString());
		MockHttpServletRequestBuilder request = request(route.method(), path);
		if (path.startsWith("/api/")) {
			request.header("Authorization", fixtures.token(username))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(Map.of("version", 1)));
		}
		else {
			request.cookie(fixtures.session(username)).with(csrf()).param("version", "1");
		}
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

	enum Whose {

		/** Anyone of the core team (and the team leader). */
		CORE_TEAM,

		/** The people who work the case, and the team leader. */
		WORKERS,

		/** The team leader alone. */
		TEAM_LEADER

	}

	record Route(HttpMethod method, String path, Whose whose) {

		boolean aboutOneCase() {
			return path.contains("{id}");
		}

	}

}
