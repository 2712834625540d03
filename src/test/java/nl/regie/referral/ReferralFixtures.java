package nl.regie.referral;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.Cookie;

import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.regie.Bsns;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Situations the referral tests start from, named after what they are. Every referral
 * gets fresh names, BSNs and addresses, because all tests share one database.
 */
class ReferralFixtures {

	static final String PASSWORD = "regie-demo";

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final PasswordEncoder passwords;

	private final Map<String, UUID> teamsOfUsers = new HashMap<>();

	ReferralFixtures(MockMvc mvc, JdbcClient jdbc, JsonMapper json, PasswordEncoder passwords) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.json = json;
		this.passwords = passwords;
	}

	static String validBsn() {
		return Bsns.random();
	}

	/**
	 * A house number with an addition no other test draws: tests that count what exists
	 * at an address share one database with tests that make random addresses of their
	 * own.
	 */
	static String uniqueHouseNumber() {
		return ThreadLocalRandom.current().nextInt(1, 1000) + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * DESIGN's first "done when": a single mother with debts and a son who is stuck at
	 * school.
	 */
	static Map<String, Object> singleMotherWithDebtsReferredByWorkAndIncome(String motherBsn) {
		return referral("WORK_AND_INCOME", "DWI", "M. de Boer (klantmanager)", "020 555 0100",
				List.of(member("Samira", "Test" + uniqueHouseNumber(), "1989-04-12", motherBsn),
						member("Yassin", "Test" + uniqueHouseNumber(), "2013-09-30", null)),
				"1067AB", uniqueHouseNumber(), "Alleenstaande moeder met schulden, zoon loopt vast op school.",
				List.of("FINANCES", "WORK_EDUCATION", "DOMESTIC_RELATIONS"));
	}

	static Map<String, Object> referral(String type, String organisation, String name, String contact,
			List<Map<String, Object>> members, String postcode, String houseNumber, String reason,
			List<String> lifeDomains) {
		Map<String, Object> referrer = new LinkedHashMap<>();
		referrer.put("type", type);
		referrer.put("organisation", organisation);
		referrer.put("name", name);
		referrer.put("contact", contact);
		Map<String, Object> household = new LinkedHashMap<>();
		household.put("postcode", postcode);
		household.put("houseNumber", houseNumber);
		household.put("members", new ArrayList<>(members));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("referrer", referrer);
		body.put("household", household);
		body.put("reason", reason);
		body.put("lifeDomains", lifeDomains);
		body.put("urgency", "NORMAL");
		body.put("householdKnows", true);
		body.put("householdAgrees", true);
		body.put("consentToInformReferrer", true);
		return body;
	}

	static Map<String, Object> member(String given, String family, String born, String bsn) {
		Map<String, Object> member = new LinkedHashMap<>();
		member.put("givenName", given);
		member.put("familyName", family);
		member.put("dateOfBirth", born);
		member.put("bsn", bsn);
		return member;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> household(Map<String, Object> referral) {
		return (Map<String, Object>) referral.get("household");
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> referrer(Map<String, Object> referral) {
		return (Map<String, Object>) referral.get("referrer");
	}

	String json(Object value) {
		return json.writeValueAsString(value);
	}

	JsonNode read(String body) {
		return json.readTree(body);
	}

	String token(String username) throws Exception {
		String body = mvc
			.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content(json(Map.of("username", username, "password", PASSWORD))))
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

	/**
	 * Records a referral through the API as the demo team assistant and returns its id.
	 */
	UUID recorded(Map<String, Object> referral) throws Exception {
		return recordedBy("teamassistent", referral);
	}

	UUID recordedBy(String username, Map<String, Object> referral) throws Exception {
		String body = mvc
			.perform(post("/api/v1/referrals").header("Authorization", token(username))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(referral)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(read(body).get("id").asString());
	}

	/** Sends a JSON body to the API as the given user and returns the response. */
	MockHttpServletResponse api(HttpMethod method, String path, String username, Object body) throws Exception {
		return mvc
			.perform(MockMvcRequestBuilders.request(method, path)
				.header("Authorization", token(username))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(body)))
			.andReturn()
			.getResponse();
	}

	/**
	 * The team leader's screening: several life domains, nothing else wrong, the team
	 * coordinates.
	 */
	static Map<String, Object> screeningThatFits() {
		Map<String, Object> screening = new LinkedHashMap<>();
		screening.put("severalLifeDomains", true);
		screening.put("acuteCrisis", false);
		screening.put("childSafetyConcern", false);
		screening.put("compulsoryCareExcludesVoluntaryHelp", false);
		screening.put("coordinationOutcome", "TEAM_COORDINATES");
		return screening;
	}

	static Map<String, Object> decision(int version, String outcome, String reason) {
		Map<String, Object> decision = new LinkedHashMap<>();
		decision.put("version", version);
		decision.put("outcome", outcome);
		decision.put("reason", reason);
		return decision;
	}

	UUID demoMunicipality() {
		return jdbc.sql("select id from municipality where code = '0363'").query(UUID.class).single();
	}

	UUID demoTeam() {
		return jdbc.sql("select id from team where name = 'Samen DOEN Geuzenveld-Slotermeer'")
			.query(UUID.class)
			.single();
	}

	/**
	 * A team leader of another team, in the demo municipality or in a municipality of
	 * their own.
	 */
	String teamLeaderOfAnotherTeam(boolean otherMunicipality) {
		String username = (otherMunicipality ? "tl-elders-" : "tl-buurteam-") + UUID.randomUUID();
		UUID municipality = otherMunicipality ? municipality("Elders") : demoMunicipality();
		UUID area = area(municipality, "Wijk " + username);
		UUID team = UUID.randomUUID();
		jdbc.sql("insert into team (id, municipality_id, area_id, name) values (:id, :m, :a, :n)")
			.param("id", team)
			.param("m", municipality)
			.param("a", area)
			.param("n", "Team " + username)
			.update();
		UUID user = UUID.randomUUID();
		teamsOfUsers.put(username, team);
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
	 * Runs the request while another transaction holds what the statements lock, and ends
	 * that transaction only once the request is waiting for that lock in PostgreSQL: as
	 * if a second team leader were saving at that moment. A request that finishes without
	 * ever waiting fails the test, because then the race was not exercised.
	 */
	MockHttpServletResponse whileHolding(PlatformTransactionManager transactions, String statements, UUID referral,
			Callable<MockHttpServletResponse> request) throws Exception {
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try {
			return new TransactionTemplate(transactions).execute(status -> {
				for (String statement : statements.split(";")) {
					if (statement.strip().startsWith("select")) {
						jdbc.sql(statement).param("id", referral).query().listOfRows();
					}
					else {
						jdbc.sql(statement).param("id", referral).update();
					}
				}
				int holder = jdbc.sql("select pg_backend_pid()").query(Integer.class).single();
				Future<MockHttpServletResponse> response = pool.submit(request);
				Awaitility.await("the request waits for the lock this transaction holds")
					.atMost(Duration.ofSeconds(60))
					.pollInterval(Duration.ofMillis(20))
					.until(() -> {
						if (response.isDone()) {
							throw new IllegalStateException(
									"the request finished without waiting for the held lock: no race was exercised");
						}
						return isWaitingFor(holder);
					});
				return response;
			}).get();
		}
		finally {
			pool.shutdown();
		}
	}

	private boolean isWaitingFor(int holder) {
		return jdbc.sql("select exists (select 1 from pg_stat_activity where :holder = any(pg_blocking_pids(pid)))")
			.param("holder", holder)
			.query(Boolean.class)
			.single();
	}

	UUID teamOf(String username) {
		return teamsOfUsers.get(username);
	}

	/** Gives the user's team a core-team member working these hours per week. */
	void coreTeamMemberWorking(String teamLeader, int hoursPerWeek) {
		jdbc.sql(
				"""
						insert into team_member (id, municipality_id, team_id, name, position, home_organisation, discipline,
						    hours_per_week)
						select gen_random_uuid(), municipality_id, id, 'Kernteamlid', 'CORE', 'Combiwel', 'Maatschappelijk werk', :h
						from team where id = :t""")
			.param("h", hoursPerWeek)
			.param("t", teamsOfUsers.get(teamLeader))
			.update();
	}

	UUID municipality(String name) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into municipality (id, code, name) values (:id, :code, :name)")
			.param("id", id)
			.param("code", "T" + id.toString().substring(0, 8))
			.param("name", name)
			.update();
		return id;
	}

	UUID area(UUID municipality, String name) {
		UUID level = jdbc.sql("select id from area_level where municipality_id = :m and depth = 1")
			.param("m", municipality)
			.query(UUID.class)
			.optional()
			.orElseGet(() -> {
				UUID id = UUID.randomUUID();
				jdbc.sql("insert into area_level (id, municipality_id, depth, name) values (:id, :m, 1, 'Wijk')")
					.param("id", id)
					.param("m", municipality)
					.update();
				return id;
			});
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into area (id, municipality_id, level_id, name) values (:id, :m, :l, :n)")
			.param("id", id)
			.param("m", municipality)
			.param("l", level)
			.param("n", name)
			.update();
		return id;
	}

	/** An area of another municipality covering these postcode digits. */
	UUID otherMunicipalityAreaCovering(int digits) {
		UUID municipality = municipality("Buurgemeente");
		UUID area = area(municipality, "Buurwijk");
		jdbc.sql("""
				insert into area_postcode_range (id, municipality_id, area_id, from_digits, to_digits)
				values (:id, :m, :a, :d, :d)""")
			.param("id", UUID.randomUUID())
			.param("m", municipality)
			.param("a", area)
			.param("d", digits)
			.update();
		return area;
	}

	/**
	 * What Regie holds at a house number, which each test draws uniquely: what the test's
	 * own requests created, whatever other tests create meanwhile.
	 */
	Traces at(String houseNumber) {
		return jdbc.sql("""
				select (select count(*) from household h where h.house_number = :n) as households,
				       (select count(*) from referral r join household h on h.id = r.household_id
				        where h.house_number = :n) as referrals,
				       (select count(*) from household_member m join household h on h.id = m.household_id
				        where h.house_number = :n) as members""")
			.param("n", houseNumber)
			.query((rs, row) -> new Traces(rs.getLong("households"), rs.getLong("referrals"), rs.getLong("members")))
			.single();
	}

	long householdsWithBsn(String bsn) {
		return jdbc.sql("select count(distinct household_id) from household_member where bsn = :bsn")
			.param("bsn", bsn)
			.query(Long.class)
			.single();
	}

	long referralsOfBsn(String bsn) {
		return jdbc
			.sql("""
					select count(*) from referral r
					where exists (select 1 from household_member m where m.household_id = r.household_id and m.bsn = :bsn)""")
			.param("bsn", bsn)
			.query(Long.class)
			.single();
	}

	record Traces(long households, long referrals, long members) {
	}

}
