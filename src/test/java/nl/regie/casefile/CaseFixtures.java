package nl.regie.casefile;

import java.time.Duration;
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

import nl.regie.MutableClock;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Situations the case and team-meeting tests start from. Households get fresh names and
 * addresses, because all tests share one database; everything goes through the API, as
 * the team would.
 */
public final class CaseFixtures {

	public static final String PASSWORD = "regie-demo";

	static final Duration REFERRED_BACK = Duration.ofDays(-1100);

	final MockMvc mvc;

	final JdbcClient jdbc;

	final JsonMapper json;

	final MutableClock clock;

	public CaseFixtures(MockMvc mvc, JdbcClient jdbc, JsonMapper json, MutableClock clock) {
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
	public Household singleMotherWithSchoolProblemsAccepted() throws Exception {
		String family = uniqueFamilyName();
		UUID referral = refer(family,
				List.of(member("Samira", family, "1989-04-12"), member("Yassin", family, "2013-09-30")),
				List.of("FINANCES", "WORK_EDUCATION", "DOMESTIC_RELATIONS"));
		return new Household(accept(referral), family);
	}

	/** A man on his own with debts and mental-health problems, accepted. */
	public Household singleManWithDebtsAccepted() throws Exception {
		String family = uniqueFamilyName();
		UUID referral = refer(family, List.of(member("Kees", family, "1971-05-09")),
				List.of("FINANCES", "MENTAL_HEALTH"));
		return new Household(accept(referral), family);
	}

	/**
	 * Referred and accepted three years back, whatever day the test moved the clock to:
	 * the shared inbox, newest first, keeps the demo referrals on its first page for the
	 * tests that look there. Tokens are fetched first, so they stay valid afterwards.
	 */
	public UUID refer(String family, List<Map<String, Object>> members, List<String> lifeDomains) throws Exception {
		Duration moved = inThePast();
		try {
			return referNow(members, lifeDomains);
		}
		finally {
			clock.setOffset(moved);
		}
	}

	private Duration inThePast() throws Exception {
		token("teamassistent");
		token("teamleider");
		Duration moved = clock.offset();
		clock.setOffset(REFERRED_BACK);
		return moved;
	}

	private UUID referNow(List<Map<String, Object>> members, List<String> lifeDomains) throws Exception {
		Map<String, Object> referrer = Map.of("type", "WORK_AND_INCOME", "organisation", "DWI", "name", "M. de Boer",
				"contact", "020 555 0100");
		Map<String, Object> household = new LinkedHashMap<>();
		household.put("postcode", "1067AB");
		// An addition no other test draws: a random number alone met another test's
		// household
		// at the same address now and then, and the intake refused it as a possible
		// duplicate.
		household.put("houseNumber",
				ThreadLocalRandom.current().nextInt(1, 1000) + "-" + UUID.randomUUID().toString().substring(0, 8));
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
		return createdId(api(HttpMethod.POST, "/api/v1/referrals", "teamassistent", body));
	}

	private static String uniqueFamilyName() {
		return "Proef" + UUID.randomUUID().toString().substring(0, 8);
	}

	public UUID accept(UUID referral) throws Exception {
		Duration moved = inThePast();
		try {
			return acceptNow(referral);
		}
		finally {
			clock.setOffset(moved);
		}
	}

	private UUID acceptNow(UUID referral) throws Exception {
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

	public static Map<String, Object> member(String given, String family, String born) {
		Map<String, Object> member = new LinkedHashMap<>();
		member.put("givenName", given);
		member.put("familyName", family);
		member.put("dateOfBirth", born);
		return member;
	}

	/** The member of the case's household with this given name. */
	public UUID memberOf(UUID caseId, String givenName) {
		return jdbc.sql("""
				select m.id from household_member m join case_file c on c.household_id = m.household_id
				where c.id = :c and m.given_name = :n""")
			.param("c", caseId)
			.param("n", givenName)
			.query(UUID.class)
			.single();
	}

	public UUID demoTeam() {
		return jdbc.sql("select id from team where name = 'Samen DOEN Geuzenveld-Slotermeer'")
			.query(UUID.class)
			.single();
	}

	public UUID memberId(String name) {
		return jdbc.sql("select id from team_member where name = :n and team_id = :t")
			.param("n", name)
			.param("t", demoTeam())
			.query(UUID.class)
			.single();
	}

	public int version(UUID caseId) {
		return jdbc.sql("select version from case_file where id = :c").param("c", caseId).query(Integer.class).single();
	}

	public String stage(UUID caseId) {
		return jdbc.sql("select stage from case_file where id = :c").param("c", caseId).query(String.class).single();
	}

	public MockHttpServletResponse api(HttpMethod method, String path, String username, Object body) throws Exception {
		var request = MockMvcRequestBuilders.request(method, path).header("Authorization", token(username));
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	public JsonNode read(String body) {
		return json.readTree(body);
	}

	/**
	 * Logging in costs a bcrypt each time: one token and one session per user per
	 * fixture.
	 */
	private final Map<String, String> tokens = new HashMap<>();

	private final Map<String, Cookie> sessions = new HashMap<>();

	public String token(String username) throws Exception {
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

	public Cookie session(String username) throws Exception {
		return mvc.perform(formLogin().user(username).password(PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	public LocalDate openedOn(UUID caseId) {
		return jdbc.sql("select opened_on from case_file where id = :c")
			.param("c", caseId)
			.query(LocalDate.class)
			.single();
	}

	/** Whether the case is on the first pages of the user's "my cases". */
	public boolean onMyCases(String username, UUID caseId) throws Exception {
		for (int page = 0; page < 20; page++) {
			JsonNode cases = read(
					api(HttpMethod.GET, "/api/v1/my-cases?page=" + page, username, null).getContentAsString());
			if (cases.get("entries")
				.valueStream()
				.anyMatch(entry -> entry.get("caseId").asString().equals(caseId.toString()))) {
				return true;
			}
			if (cases.get("entries").isEmpty()) {
				return false;
			}
		}
		return false;
	}

	/** Assigns through the API, optionally at a meeting's table. */
	public MockHttpServletResponse assign(UUID caseId, String caseManager, String secondVisitor, UUID meeting)
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
	public UUID meetingToday(List<String> participants, String external) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("heldOn", LocalDate.now(clock).toString());
		body.put("type", "WEEKLY_TEAM_MEETING");
		body.put("participantIds", participants.stream().map(this::memberId).toList());
		body.put("externalParticipants", external);
		return createdId(api(HttpMethod.POST, "/api/v1/team-meetings", "teamleider", body));
	}

	/**
	 * @return the username of the team leader of a new team in the demo municipality
	 */
	public String teamLeaderOfAnotherTeam(PasswordEncoder passwords) {
		String username = "tl-ander-" + UUID.randomUUID().toString().substring(0, 8);
		UUID municipality = jdbc.sql("select municipality_id from team where id = :t")
			.param("t", demoTeam())
			.query(UUID.class)
			.single();
		UUID area = jdbc.sql("select area_id from team where id = :t")
			.param("t", demoTeam())
			.query(UUID.class)
			.single();
		UUID team = UUID.randomUUID();
		jdbc.sql("insert into team (id, municipality_id, area_id, name) values (:id, :m, :a, :n)")
			.param("id", team)
			.param("m", municipality)
			.param("a", area)
			.param("n", "Team " + username)
			.update();
		UUID user = UUID.randomUUID();
		jdbc.sql("""
				insert into user_account (id, municipality_id, username, display_name, password_hash, team_id)
				values (:id, :m, :u, 'Andere Teamleider', :p, :t)""")
			.param("id", user)
			.param("m", municipality)
			.param("u", username)
			.param("p", passwords.encode(PASSWORD))
			.param("t", team)
			.update();
		jdbc.sql("insert into user_role (user_id, municipality_id, role) values (:id, :m, 'TEAM_LEADER')")
			.param("id", user)
			.param("m", municipality)
			.update();
		return username;
	}

	/**
	 * The case manager records the legal task as the basis for sharing the case within
	 * the neighbourhood team, as after a first visit: without it "my cases" asks for it.
	 */
	public void teamMayShare(UUID caseId, LocalDate on) throws Exception {
		MockHttpServletResponse recorded = api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/sharing-acts",
				"casemanager", Map.of("kind", "TEAM_COORDINATION", "recipient", "Wijkteam", "legalBasis", "LEGAL_TASK",
						"sharedOn", on.toString()));
		if (recorded.getStatus() != 201) {
			throw new AssertionError("basis not recorded: " + recorded.getContentAsString());
		}
	}

	private UUID createdId(MockHttpServletResponse response) throws Exception {
		String content = response.getContentAsString();
		if (response.getStatus() != 201 || !read(content).has("id")) {
			throw new AssertionError("expected 201 with an id, got " + response.getStatus() + ": " + content);
		}
		return UUID.fromString(read(content).get("id").asString());
	}

	public record Household(UUID caseId, String familyName) {
	}

}
