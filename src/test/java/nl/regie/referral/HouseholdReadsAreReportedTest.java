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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static nl.regie.referral.ReferralFixtures.singleMotherWithDebtsReferredByWorkAndIncome;
import static nl.regie.referral.ReferralFixtures.validBsn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every read of a household's personal data passes the access seam
 * ({@code PersonalDataReads}) exactly once and so adds exactly one entry to the audit
 * log, with who read it, in which role, what and from where; a refused read adds none.
 */
@RegieTest
class HouseholdReadsAreReportedTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	PasswordEncoder passwords;

	ReferralFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ReferralFixtures(mvc, jdbc, json, passwords);
	}

	@Test
	void readingAReferralOnTheScreenAndInTheApiAddsOneAuditEntryEach() throws Exception {
		UUID referral = fixtures.recorded(singleMotherWithDebtsReferredByWorkAndIncome(validBsn()));
		UUID household = householdOf(referral);

		assertThat(fixtures.api(HttpMethod.GET, "/api/v1/referrals/" + referral, "teamassistent", Map.of()).getStatus())
			.isEqualTo(200);
		assertThat(mvc.perform(get("/referrals/" + referral).cookie(fixtures.session("teamleider")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);

		List<Map<String, Object>> reads = readsOf(household);
		assertThat(reads).extracting(read -> read.get("actor_user_id"), read -> read.get("actor_role"))
			.containsExactlyInAnyOrder(tuple(userId("teamassistent"), "TEAM_ASSISTANT"),
					tuple(userId("teamleider"), "TEAM_LEADER"));
		assertThat(reads).allSatisfy(read -> {
			assertThat(read.get("municipality_id")).isEqualTo(fixtures.demoMunicipality());
			assertThat(read.get("resource")).isEqualTo("referral");
			assertThat(read.get("action")).isEqualTo("read");
			assertThat(read.get("processing_activity")).isEqualTo("REFERRAL_SCREENING");
			assertThat(read.get("client_address")).isEqualTo("127.0.0.1");
			assertThat((String) read.get("trace_id")).matches("[0-9a-f]{32}");
		});
	}

	@Test
	void aRefusedReadReportsNothing() throws Exception {
		UUID referral = fixtures.recorded(singleMotherWithDebtsReferredByWorkAndIncome(validBsn()));
		String otherTeamLeader = fixtures.teamLeaderOfAnotherTeam(false);
		int before = readsOf(householdOf(referral)).size();

		assertThat(fixtures.api(HttpMethod.GET, "/api/v1/referrals/" + referral, otherTeamLeader, Map.of()).getStatus())
			.isEqualTo(404);
		assertThat(fixtures.api(HttpMethod.GET, "/api/v1/referrals/" + referral, "casemanager", Map.of()).getStatus())
			.isEqualTo(403);

		assertThat(readsOf(householdOf(referral))).hasSize(before);
	}

	@Test
	void householdsShownByTheDuplicateSearchAreReportedAsRead() throws Exception {
		String bsn = validBsn();
		UUID first = fixtures.recorded(singleMotherWithDebtsReferredByWorkAndIncome(bsn));

		int status = fixtures
			.api(HttpMethod.POST, "/api/v1/referrals", "teamleider", singleMotherWithDebtsReferredByWorkAndIncome(bsn))
			.getStatus();

		assertThat(status).isEqualTo(409);
		assertThat(readsOf(householdOf(first))).singleElement()
			.satisfies(read -> assertThat(read.get("resource")).isEqualTo("household-candidates"));
	}

	/**
	 * The audit log's read entries of the household, found through its pseudonymous key.
	 */
	private List<Map<String, Object>> readsOf(UUID household) {
		return jdbc.sql("""
				select e.* from audit_entry e
				join audit_subject_key k on k.pseudonym = e.subject_pseudonym
				where k.subject_id = :h and e.kind = 'READ'""").param("h", household).query().listOfRows();
	}

	private UUID householdOf(UUID referral) {
		return jdbc.sql("select household_id from referral where id = :r")
			.param("r", referral)
			.query(UUID.class)
			.single();
	}

	private UUID userId(String username) {
		return jdbc.sql("select id from user_account where username = :u")
			.param("u", username)
			.query(UUID.class)
			.single();
	}

}
