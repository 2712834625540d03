package nl.regie.casefile;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import nl.regie.MutableClock;
import nl.regie.RegieTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Break-the-glass (DESIGN §5): a core-team member who may not read a case opens it in an
 * emergency after saying why; the access ends by itself, every read under it is logged as
 * resting on it, and the team leader and the privacy officer each review it once.
 */
@RegieTest
class EmergencyAccessTest {

	static final String REASON = "Moeder belt 's avonds in paniek, casemanager en achterwacht niet bereikbaar.";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	MutableClock clock;

	CaseFixtures fixtures;

	UUID caseId;

	Cookie coreTeamMember;

	@BeforeEach
	void aCaseWorkedByJeroenAndFrankThatTheTeamNeverDiscussed() throws Exception {
		fixtures = new CaseFixtures(mvc, jdbc, json, clock);
		caseId = fixtures.singleManWithDebtsAccepted().caseId();
		fixtures.assign(caseId, "Jeroen Smit", "Frank de Wit", null);
		coreTeamMember = fixtures.session("kernteamlid");
	}

	@AfterEach
	void backToToday() {
		clock.reset();
	}

	@Test
	void theRefusalOffersEmergencyAccessToACoreTeamMemberOfTheTeam() throws Exception {
		MockHttpServletResponse refused = page("/cases/" + caseId, coreTeamMember);

		assertThat(refused.getStatus()).isEqualTo(403);
		assertThat(refused.getContentAsString()).contains("/cases/" + caseId + "/emergency-access")
			.contains("Noodtoegang vragen");
	}

	@Test
	void aCoreTeamMemberOpensTheFileAfterSayingWhyAndEveryReadRestsOnTheAccess() throws Exception {
		MockHttpServletResponse opened = open(REASON);

		assertThat(opened.getRedirectedUrl()).isEqualTo("/cases/" + caseId);
		UUID access = accessOf("kernteamlid");
		MockHttpServletResponse file = page("/cases/" + caseId, coreTeamMember);
		assertThat(file.getStatus()).isEqualTo(200);
		assertThat(file.getContentAsString()).contains("data-testid=\"emergency-active\"");
		assertThat(jdbc.sql("""
				select count(*) from audit_entry
				where on_behalf_of = :g and kind = 'READ' and resource = 'case' and actor_role = 'CORE_TEAM_MEMBER'""")
			.param("g", "emergency-access/" + access)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_entry where on_behalf_of = :g and action = :a")
			.param("g", "emergency-access/" + access)
			.param("a", "emergency-access-opened")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theAccessEndsByItselfAfterFourHours() throws Exception {
		open(REASON);
		clock.setOffset(clock.offset().plus(Duration.ofHours(3).plusMinutes(59)));
		assertThat(page("/cases/" + caseId, coreTeamMember).getStatus()).isEqualTo(200);

		clock.setOffset(clock.offset().plus(Duration.ofMinutes(2)));

		assertThat(page("/cases/" + caseId, coreTeamMember).getStatus()).isEqualTo(403);
	}

	@Test
	void withoutAReasonTheFileStaysClosedAndTheRefusalIsLogged() throws Exception {
		long refusalsBefore = refusals();

		MockHttpServletResponse refused = open("  ");

		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(refused.getContentAsString()).contains("Schrijf op waarom u noodtoegang nodig hebt.");
		assertThat(jdbc.sql("select count(*) from case_emergency_access where case_id = :c")
			.param("c", caseId)
			.query(Long.class)
			.single()).isZero();
		assertThat(page("/cases/" + caseId, coreTeamMember).getStatus()).isEqualTo(403);
		assertThat(refusals()).isEqualTo(refusalsBefore + 1);
	}

	@Test
	void aReasonOfAWordIsNoReason() throws Exception {
		assertThat(open("nodig").getContentAsString()).contains("minstens 10 tekens");
	}

	@Test
	void someoneWhoMayReadTheFileNeedsNoEmergencyAccess() throws Exception {
		MockHttpServletResponse form = page("/cases/" + caseId + "/emergency-access", fixtures.session("casemanager"));

		assertThat(form.getRedirectedUrl()).isEqualTo("/cases/" + caseId);
	}

	@Test
	void theTeamLeaderAndThePrivacyOfficerEachReviewTheAccessOnce() throws Exception {
		open(REASON);
		UUID access = accessOf("kernteamlid");
		Cookie leader = fixtures.session("teamleider");
		Cookie privacyOfficer = fixtures.session("privacy");
		assertThat(page("/emergency-access", leader).getContentAsString()).contains("casemanager en achterwacht");

		assertThat(review(access, leader, "JUSTIFIED", "").getRedirectedUrl()).isEqualTo("/emergency-access");
		assertThat(review(access, leader, "NOT_JUSTIFIED", "toch niet").getContentAsString())
			.contains("Deze noodtoegang is al beoordeeld.");
		assertThat(review(access, privacyOfficer, "NOT_JUSTIFIED", "").getContentAsString())
			.contains("Schrijf op waarom de noodtoegang niet terecht was.");
		assertThat(review(access, privacyOfficer, "NOT_JUSTIFIED", "De achterwacht van dienst was wel bereikbaar.")
			.getRedirectedUrl()).isEqualTo("/emergency-access");

		Map<String, Object> reviews = jdbc.sql(
				"select leader_verdict, privacy_verdict, privacy_review_note from case_emergency_access where id = :id")
			.param("id", access)
			.query()
			.singleRow();
		assertThat(reviews).containsEntry("leader_verdict", "JUSTIFIED")
			.containsEntry("privacy_verdict", "NOT_JUSTIFIED")
			.containsEntry("privacy_review_note", "De achterwacht van dienst was wel bereikbaar.");
	}

	@Test
	void anOuterRingSpecialistAsksTheTeamLeaderInstead() throws Exception {
		MockHttpServletResponse refused = fixtures.api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/emergency-access",
				"specialist", Map.of("reason", REASON));

		assertThat(refused.getStatus()).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from case_emergency_access where case_id = :c")
			.param("c", caseId)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theApiOpensTheAccessAndSaysUntilWhen() throws Exception {
		MockHttpServletResponse opened = fixtures.api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/emergency-access",
				"kernteamlid", Map.of("reason", REASON));

		assertThat(opened.getStatus()).isEqualTo(201);
		assertThat(fixtures.read(opened.getContentAsString()).get("expiresAt").asString()).isNotBlank();
		assertThat(fixtures.api(HttpMethod.GET, "/api/v1/cases/" + caseId, "kernteamlid", null).getStatus())
			.isEqualTo(200);
	}

	private MockHttpServletResponse open(String reason) throws Exception {
		return mvc
			.perform(post("/cases/{id}/emergency-access", caseId).cookie(coreTeamMember)
				.with(csrf())
				.param("reason", reason))
			.andReturn()
			.getResponse();
	}

	private MockHttpServletResponse review(UUID access, Cookie reviewer, String verdict, String note) throws Exception {
		return mvc
			.perform(post("/emergency-access/{id}/review", access).cookie(reviewer)
				.with(csrf())
				.param("verdict", verdict)
				.param("note", note))
			.andReturn()
			.getResponse();
	}

	private MockHttpServletResponse page(String path, Cookie session) throws Exception {
		return mvc.perform(get(path).cookie(session)).andReturn().getResponse();
	}

	private UUID accessOf(String username) {
		return jdbc.sql("select id from case_emergency_access where case_id = :c and username = :u")
			.param("c", caseId)
			.param("u", username)
			.query(UUID.class)
			.single();
	}

	private long refusals() {
		return jdbc
			.sql("select count(*) from audit_entry where kind = 'ACCESS' and action like 'emergency-access-refused%'")
			.query(Long.class)
			.single();
	}

}
