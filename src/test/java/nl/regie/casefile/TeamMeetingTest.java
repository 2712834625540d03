package nl.regie.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.regie.MutableClock;
import nl.regie.RegieTest;
import nl.regie.organisation.RosterMember;
import nl.regie.organisation.TeamPosition;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 12 as the team lives it: an accepted household lands on the next agenda, the team
 * assigns it at the table, it leaves the agenda and shows on both workers' "my cases";
 * Regie's suggestion ranks on expertise and load; outsiders see no names; bad input and a
 * second recorder are refused. Each test runs on a day of its own (the clock is moved),
 * so its meeting is the team's next one.
 */
@RegieTest
class TeamMeetingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	MutableClock clock;

	@Autowired
	AssignmentSuggestions suggestions;

	@Autowired
	PasswordEncoder passwords;

	CaseFixtures fixtures;

	@BeforeEach
	void aDayOfItsOwn() {
		clock.setToday(LocalDate.now(clock).plusDays(ThreadLocalRandom.current().nextInt(400, 4000)));
		fixtures = new CaseFixtures(mvc, jdbc, json, clock);
	}

	@AfterEach
	void realTimeAgain() {
		clock.reset();
	}

	@Test
	void anAcceptedReferralAppearsOnTheNextAgendaWithTheFactsToDiscussIt() throws Exception {
		var household = fixtures.singleMotherWithSchoolProblemsAccepted();
		UUID meeting = fixtures.meetingToday(List.of(), null);

		JsonNode item = openItem(agenda(meeting, "teamleider"), "ASSIGNMENT:" + household.caseId());

		assertThat(item.get("subject").asString()).isEqualTo("Samira " + household.familyName());
		assertThat(item.get("children").asInt()).isEqualTo(1);
		assertThat(item.get("referredBy").asString()).isEqualTo("DWI");
		assertThat(item.get("lifeDomains").size()).isEqualTo(3);
		assertThat(item.get("waitingDays").asLong()).isEqualTo(daysSinceOpened(household.caseId()));
	}

	private long daysSinceOpened(UUID caseId) {
		LocalDate openedOn = jdbc.sql("select opened_on from case_file where id = :c")
			.param("c", caseId)
			.query(LocalDate.class)
			.single();
		return ChronoUnit.DAYS.between(openedOn, LocalDate.now(clock));
	}

	@Test
	void anAssignedCaseLeavesTheAgendaAndAppearsOnBothWorkersMyCases() throws Exception {
		var household = fixtures.singleMotherWithSchoolProblemsAccepted();
		UUID meeting = fixtures.meetingToday(List.of("Jeroen Smit", "Nadia Amrani"), null);

		assertThat(fixtures.assign(household.caseId(), "Nadia Amrani", "Jeroen Smit", meeting).getStatus())
			.isEqualTo(204);

		JsonNode agenda = agenda(meeting, "teamleider");
		assertThat(keys(agenda.get("open"))).doesNotContain("ASSIGNMENT:" + household.caseId());
		assertThat(keys(agenda.get("decided"))).contains("ASSIGNMENT:" + household.caseId());
		assertThat(fixtures.stage(household.caseId())).isEqualTo("OUTREACH");
		for (String worker : List.of("kernteamlid", "casemanager")) {
			assertThat(allMyCases(worker)).as(worker).contains(household.caseId().toString());
		}
		assertThat(history(household.caseId())).contains("ASSIGN");
	}

	@Test
	void theSuggestionRanksYouthCareFirstForAHouseholdWithChildrenAndSchoolProblemsWhenLoadsAreEqual() {
		RosterMember social = member("Maatschappelijk werker", "Maatschappelijk werk", Set.of());
		RosterMember youth = member("Jeugdzorger", "Jeugdzorg", Set.of());

		var ranked = suggestions.rank(fixtures.demoTeam(), List.of(social, youth),
				Map.of(social.id(), 4, youth.id(), 4), List.of("WORK_EDUCATION", "DOMESTIC_RELATIONS"), 1);

		assertThat(ranked.get(0).member()).isEqualTo(youth);
		assertThat(ranked.get(0).youth()).isTrue();
	}

	@Test
	void theSuggestionRanksTheLessLoadedMemberFirstWhenExpertiseIsEqual() {
		RosterMember busy = member("Druk bezet", "Maatschappelijk werk", Set.of());
		RosterMember free = member("Ruimte over", "Maatschappelijk werk", Set.of());

		var ranked = suggestions.rank(fixtures.demoTeam(), List.of(busy, free), Map.of(busy.id(), 12, free.id(), 3),
				List.of("FINANCES", "SOCIAL_NETWORK"), 0);

		assertThat(ranked.get(0).member()).isEqualTo(free);
		assertThat(ranked.get(1).activeCases()).isEqualTo(12);
	}

	@Test
	void anOutsideParticipantsAgendaShowsNoNameAddressOrDateOfBirth() throws Exception {
		var household = fixtures.singleMotherWithSchoolProblemsAccepted();
		UUID meeting = fixtures.meetingToday(List.of("Carla Mendes", "Jeroen Smit"), "Jeugdbescherming, K. Vos");
		String postcodeAndNumber = jdbc
			.sql("select house_number from household h join case_file c on c.household_id = h.id where c.id = :c")
			.param("c", household.caseId())
			.query(String.class)
			.single();

		String screen = mvc.perform(get("/meetings/" + meeting).cookie(fixtures.session("specialist")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String api = fixtures.api(HttpMethod.GET, "/api/v1/team-meetings/" + meeting + "/agenda", "specialist", null)
			.getContentAsString();
		String print = mvc.perform(get("/meetings/" + meeting + "/print").cookie(fixtures.session("teamleider")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		for (String shown : List.of(screen, api, print)) {
			assertThat(shown).contains("Wie wordt casemanager")
				.doesNotContain(household.familyName(), "Samira", "1989-04-12", "12-04-1989", postcodeAndNumber);
		}
		assertThat(screen).contains("Huishouden P.");
		assertThat(
				openItem(agenda(meeting, "teamleider"), "ASSIGNMENT:" + household.caseId()).get("subject").asString())
			.contains(household.familyName());
	}

	@Test
	void reassigningNeedsAReasonAndKeepsTheHistoryForBothWorkers() throws Exception {
		var household = fixtures.singleManWithDebtsAccepted();
		fixtures.assign(household.caseId(), "Jeroen Smit", "Frank de Wit", null);

		MockHttpServletResponse noReason = reassign(household.caseId(), "Nadia Amrani", "");
		assertThat(noReason.getStatus()).isEqualTo(400);
		assertThat(noReason.getContentAsString()).contains("\"name\":\"reason\"");

		assertThat(reassign(household.caseId(), "Nadia Amrani", "Jeroen vertrekt naar een ander team.").getStatus())
			.isEqualTo(302);
		assertThat(history(household.caseId())).containsSubsequence("ASSIGN", "REASSIGNED");
		for (String worker : List.of("kernteamlid", "casemanager")) {
			String page = mvc.perform(get("/cases/" + household.caseId()).cookie(fixtures.session(worker)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).as(worker).contains("Jeroen vertrekt naar een ander team.");
		}
	}

	@Test
	void whoCannotTakeACaseIsRefusedWithAClearMessageAndNothingIsSaved() throws Exception {
		var household = fixtures.singleManWithDebtsAccepted();
		String disabled = disabledMemberOfTheDemoTeam();
		UUID otherTeamMember = memberOfAnotherTeam();

		assertRefused(assignment(household.caseId(), "Carla Mendes", "Jeroen Smit"), "caseManagerId", "buitenring");
		assertRefused(assignment(household.caseId(), "Jeroen Smit", "Jeroen Smit"), "secondVisitorId", "iemand anders");
		assertRefused(assignment(household.caseId(), disabled, "Jeroen Smit"), "caseManagerId", "uitgeschakeld");
		Map<String, Object> outsider = Map.of("caseManagerId", otherTeamMember, "secondVisitorId",
				fixtures.memberId("Jeroen Smit"), "version", fixtures.version(household.caseId()));
		assertRefused(fixtures.api(HttpMethod.PUT, "/api/v1/cases/" + household.caseId() + "/assignment", "teamleider",
				outsider), "caseManagerId", "hoort niet bij het team");

		assertThat(fixtures.stage(household.caseId())).isEqualTo("AWAITING_ASSIGNMENT");
		assertThat(history(household.caseId())).isEmpty();
	}

	@Test
	void aMeetingDatedBeforeTheTeamExistedIsRefused() throws Exception {
		MockHttpServletResponse response = fixtures.api(HttpMethod.POST, "/api/v1/team-meetings", "teamleider",
				Map.of("heldOn", "2001-01-09", "type", "WEEKLY_TEAM_MEETING"));

		assertRefused(response, "heldOn", "bestond toen nog niet");
	}

	@Test
	void aDecisionOnAnotherTeamsItemIsRefused() throws Exception {
		UUID meeting = fixtures.meetingToday(List.of(), null);

		MockHttpServletResponse response = fixtures.api(HttpMethod.POST,
				"/api/v1/team-meetings/" + meeting + "/outcomes", "teamleider",
				Map.of("itemKey", "ASSIGNMENT:" + UUID.randomUUID(), "decision", "Jeroen"));

		assertRefused(response, "itemKey", "staat niet");
	}

	@Test
	void ofTwoPeopleRecordingOneItemTheFirstWinsAndTheOtherSeesWhatWasRecorded() throws Exception {
		var household = fixtures.singleManWithDebtsAccepted();
		UUID meeting = fixtures.meetingToday(List.of(), null);
		Map<String, Object> first = Map.of("itemKey", "ASSIGNMENT:" + household.caseId(), "decision",
				"Volgende week, eerst navragen bij DWI.");
		Map<String, Object> second = Map.of("itemKey", "ASSIGNMENT:" + household.caseId(), "decision", "Frank");

		assertThat(fixtures.api(HttpMethod.POST, "/api/v1/team-meetings/" + meeting + "/outcomes", "teamleider", first)
			.getStatus()).isEqualTo(201);
		MockHttpServletResponse late = fixtures.api(HttpMethod.POST, "/api/v1/team-meetings/" + meeting + "/outcomes",
				"teamassistent", second);

		assertThat(late.getStatus()).isEqualTo(409);
		assertThat(late.getContentAsString()).contains("net vastgelegd");
		String screen = mvc
			.perform(post("/meetings/" + meeting + "/outcomes").cookie(fixtures.session("teamassistent"))
				.with(csrf())
				.param("itemKey", "ASSIGNMENT:" + household.caseId())
				.param("decision", "Frank"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(screen).contains("net vastgelegd", "Volgende week, eerst navragen bij DWI.");
	}

	private MockHttpServletResponse assignment(UUID caseId, String caseManager, String secondVisitor) throws Exception {
		return fixtures.assign(caseId, caseManager, secondVisitor, null);
	}

	private MockHttpServletResponse reassign(UUID caseId, String to, String reason) throws Exception {
		if (reason.isEmpty()) {
			return fixtures.api(HttpMethod.PUT, "/api/v1/cases/" + caseId + "/reassignment", "teamleider", Map
				.of("caseManagerId", fixtures.memberId(to), "reason", reason, "version", fixtures.version(caseId)));
		}
		return mvc
			.perform(post("/cases/" + caseId + "/reassignment").cookie(fixtures.session("teamleider"))
				.with(csrf())
				.param("caseManagerId", fixtures.memberId(to).toString())
				.param("reason", reason)
				.param("version", String.valueOf(fixtures.version(caseId))))
			.andReturn()
			.getResponse();
	}

	private static void assertRefused(MockHttpServletResponse response, String field, String message) throws Exception {
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"name\":\"" + field + "\"").contains(message);
	}

	private JsonNode agenda(UUID meeting, String username) throws Exception {
		return fixtures
			.read(fixtures.api(HttpMethod.GET, "/api/v1/team-meetings/" + meeting + "/agenda", username, null)
				.getContentAsString());
	}

	private static JsonNode openItem(JsonNode agenda, String key) {
		return agenda.get("open")
			.valueStream()
			.filter(item -> item.get("key").asString().equals(key))
			.findFirst()
			.orElseThrow();
	}

	private static List<String> keys(JsonNode items) {
		return items.valueStream().map(item -> item.get("key").asString()).toList();
	}

	private List<String> history(UUID caseId) {
		return jdbc.sql("select kind from case_history where case_id = :c order by at")
			.param("c", caseId)
			.query(String.class)
			.list();
	}

	private RosterMember member(String name, String discipline, Set<String> expertise) {
		return new RosterMember(UUID.randomUUID(), fixtures.demoTeam(), name, TeamPosition.CORE, "Combiwel", discipline,
				BigDecimal.valueOf(32), null, false, expertise);
	}

	private String disabledMemberOfTheDemoTeam() {
		String username = "vertrokken-" + UUID.randomUUID().toString().substring(0, 8);
		UUID municipality = jdbc.sql("select municipality_id from team where id = :t")
			.param("t", fixtures.demoTeam())
			.query(UUID.class)
			.single();
		jdbc.sql("""
				insert into user_account (id, municipality_id, username, display_name, password_hash, team_id, enabled)
				values (:id, :m, :u, 'Vertrokken Collega', :p, :t, false)""")
			.param("id", UUID.randomUUID())
			.param("m", municipality)
			.param("u", username)
			.param("p", passwords.encode("regie-demo"))
			.param("t", fixtures.demoTeam())
			.update();
		String name = "Vertrokken " + username;
		jdbc.sql("""
				insert into team_member (id, municipality_id, team_id, name, position, home_organisation, discipline,
				    hours_per_week, username)
				values (:id, :m, :t, :n, 'CORE', 'Combiwel', 'Maatschappelijk werk', 8, :u)""")
			.param("id", UUID.randomUUID())
			.param("m", municipality)
			.param("t", fixtures.demoTeam())
			.param("n", name)
			.param("u", username)
			.update();
		return name;
	}

	private UUID memberOfAnotherTeam() {
		UUID municipality = jdbc.sql("select municipality_id from team where id = :t")
			.param("t", fixtures.demoTeam())
			.query(UUID.class)
			.single();
		UUID area = jdbc.sql("select area_id from team where id = :t")
			.param("t", fixtures.demoTeam())
			.query(UUID.class)
			.single();
		UUID team = UUID.randomUUID();
		jdbc.sql("insert into team (id, municipality_id, area_id, name) values (:id, :m, :a, :n)")
			.param("id", team)
			.param("m", municipality)
			.param("a", area)
			.param("n", "Buurteam " + team)
			.update();
		UUID member = UUID.randomUUID();
		jdbc.sql("""
				insert into team_member (id, municipality_id, team_id, name, position, home_organisation, discipline,
				    hours_per_week)
				values (:id, :m, :t, 'Ander Teamlid', 'CORE', 'Combiwel', 'Maatschappelijk werk', 32)""")
			.param("id", member)
			.param("m", municipality)
			.param("t", team)
			.update();
		return member;
	}

	/**
	 * Every page of the worker's "my cases": other tests give the demo workers cases too,
	 * so a new one need not be on the first page.
	 */
	private List<String> allMyCases(String worker) throws Exception {
		List<String> ids = new ArrayList<>();
		for (int page = 0; page < 100; page++) {
			JsonNode mine = fixtures
				.read(fixtures.api(HttpMethod.GET, "/api/v1/my-cases?page=" + page, worker, null).getContentAsString());
			List<String> onPage = mine.get("entries")
				.valueStream()
				.map(entry -> entry.get("caseId").asString())
				.toList();
			if (onPage.isEmpty()) {
				break;
			}
			ids.addAll(onPage);
		}
		return ids;
	}

}
