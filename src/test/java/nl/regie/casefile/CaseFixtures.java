package nl.regie.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.Cookie;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Situations the case and team-meeting tests start from. Households get fresh names and
 * addresses, because all tests share one database; everything goes through the API, as
 * the team would.
 */
final class CaseFixtures {

	static final String PASSWORD = "regie-demo";

	final MockMvc mvc;

	final JdbcClient jdbc;

	final JsonMapper json;

	final Clock clock;

	CaseFixtures(MockMvc mvc, JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * A single mother with debts and a son stuck at school, referred by Work and Income,
	 * accepted by the team leader: her case waits for assignment.
	 * @return the case
	 */
	Household singleMotherWithSchoolProblemsAccepted() throws Exception {
		String family = "Proef" + ThreadLocalRandom.current().nextInt(100000, 999999);
		UUID referral = refer(family,
				List.of(member("Samira", family, "1989-04-12"), member("Yassin", family, "2013-09-30")),
				List.of("FINANCES", "WORK_EDUCATION", "DOMESTIC_RELATIONS"));
		return new Household(accept(referral), family);
	}

	/** A man on his own with debts and mental-health problems, accepted. */
	Household singleManWithDebtsAccepted() throws Exception {
		String family = "Proef" + ThreadLocalRandom.current().nextInt(100000, 999999);
		UUID referral = refer(family, List.of(member("Kees", family, "1971-05-09")),
				List.of("FINANCES", "MENTAL_HEALTH"));
		return new Household(accept(referral), family);
	}

	UUID refer(String family, List<Map<String, Object>> members, List<String> lifeDomains) throws Exception {
		Map<String, Object> referrer = Map.of("type", "WORK_AND_INCOME", "organisation", "DWI", "name", "M. de Boer",
				"contact", "020 555 0100");
		Map<String, Object> household = new LinkedHashMap<>();
		household.put("postcode", "1067AB");
		household.put("houseNumber", String.valueOf(ThreadLocalRandom.current().nextInt(1000, 100000)));
		household.put("members", new ArrayList<>(members));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("referrer", referrer);
		body.put("household", household);
		body.put("reason", "Schulden, zoon loopt vast op school.");
		body.put("lifeDomains", lifeDomains);
		body.put("urgency", "NORMAL");
		body.put("householdKnows", true);
		body.put("householdAgrees", true);
		body.put("consentToInformReferrer", true);
		return UUID.fromString(
				read(api(HttpMethod.POST, "/api/v1/referrals", "teamassistent", body).getContentAsString()).get("id")
					.asString());
	}

	UUID accept(UUID referral) throws Exception {
		api(HttpMethod.PUT, "/api/v1/referrals/" + referral + "/screening", "teamleider",
				Map.of("severalLifeDomains", true, "acuteCrisis", false, "childSafetyConcern", false,
						"compulsoryCareExcludesVoluntaryHelp", false, "coordinationOutcome", "TEAM_COORDINATES"));
		api(HttpMethod.POST, "/api/v1/referrals/" + referral + "/decisions", "teamleider",
				Map.of("version", 0, "outcome", "ACCEPT", "reason", "Meerdere leefgebieden."));
		return jdbc.sql("select id from case_file where referral_id = :r")
			.param("r", referral)
			.query(UUID.class)
			.single();
	}

	static Map<String, Object> member(String given, String family, String born) {
		Map<String, Object> member = new LinkedHashMap<>();
		member.put("givenName", given);
		member.put("familyName", family);
		member.put("dateOfBirth", born);
		return member;
	}

	UUID demoTeam() {
		return jdbc.sql("select id from team where name = 'Samen DOEN Geuzenveld-Slotermeer'")
			.query(UUID.class)
			.single();
	}

	UUID memberId(String name) {
		return jdbc.sql("select id from team_member where name = :n and team_id = :t")
			.param("n", name)
			.param("t", demoTeam())
			.query(UUID.class)
			.single();
	}

	int version(UUID caseId) {
		return jdbc.sql("select version from case_file where id = :c").param("c", caseId).query(Integer.class).single();
	}

	String stage(UUID caseId) {
		return jdbc.sql("select stage from case_file where id = :c").param("c", caseId).query(String.class).single();
	}

	MockHttpServletResponse api(HttpMethod method, String path, String username, Object body) throws Exception {
		var request = MockMvcRequestBuilders.request(method, path).header("Authorization", token(username));
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	JsonNode read(String body) {
		return json.readTree(body);
	}

	/**
	 * Logging in costs a bcrypt each time: one token and one session per user per
	 * fixture.
	 */
	private final Map<String, String> tokens = new HashMap<>();

	private final Map<String, Cookie> sessions = new HashMap<>();

	String token(String username) throws Exception {
		String known = tokens.get(username);
		if (known != null) {
			return known;
		}
		String body = mvc
			.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(Map.of("username", username, "password", PASSWORD))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return "Bearer " + read(body).get("accessToken").asString();
	}

	Cookie session(String username) throws Exception {
		return mvc.perform(formLogin().user(username).password(PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	/** Assigns through the API, optionally at a meeting's table. */
	MockHttpServletResponse assign(UUID caseId, String caseManager, String secondVisitor, UUID meeting)
			throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("caseManagerId", memberId(caseManager));
		body.put("secondVisitorId", memberId(secondVisitor));
		body.put("version", version(caseId));
		if (meeting != null) {
			body.put("meetingId", meeting);
			body.put("itemKey", "ASSIGNMENT:" + caseId);
		}
		return api(HttpMethod.PUT, "/api/v1/cases/" + caseId + "/assignment", "teamleider", body);
	}

	/**
	 * Plans a weekly meeting of the demo team on the clock's today, as the team leader.
	 */
	UUID meetingToday(List<String> participants, String external) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("heldOn", LocalDate.now(clock).toString());
		body.put("type", "WEEKLY_TEAM_MEETING");
		body.put("participantIds", participants.stream().map(this::memberId).toList());
		body.put("externalParticipants", external);
		MockHttpServletResponse response = api(HttpMethod.POST, "/api/v1/team-meetings", "teamleider", body);
		return UUID.fromString(read(response.getContentAsString()).get("id").asString());
	}

	record Household(UUID caseId, String familyName) {
	}

}
