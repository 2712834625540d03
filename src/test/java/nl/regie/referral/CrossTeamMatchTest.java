package nl.regie.referral;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import nl.regie.RegieTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static nl.regie.referral.ReferralFixtures.household;
import static nl.regie.referral.ReferralFixtures.singleMotherWithDebtsReferredByWorkAndIncome;
import static nl.regie.referral.ReferralFixtures.validBsn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An intake that finds a household only another team knows says so without that
 * household's id, reports the match through the access seam, and one user can trigger
 * such matches only so often an hour.
 */
@RegieTest
class CrossTeamMatchTest {

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
	void aMatchWithAnotherTeamsHouseholdNamesNoIdAndIsReportedAsARead() throws Exception {
		Map<String, Object> first = singleMotherWithDebtsReferredByWorkAndIncome(validBsn());
		UUID household = householdOf(fixtures.recorded(first));
		String otherTeamLeader = fixtures.teamLeaderOfAnotherTeam(false);

		MockHttpServletResponse answer = fixtures.api(HttpMethod.POST, "/api/v1/referrals", otherTeamLeader,
				sameAddressAs(first));

		assertThat(answer.getStatus()).isEqualTo(409);
		assertThat(answer.getContentAsString()).contains("\"knownToAnotherTeam\":true")
			.doesNotContain(household.toString());
		assertThat(matchReportsOf(household)).isEqualTo(1);
	}

	@Test
	void oneUserMatchesOtherTeamsHouseholdsAtMostTwentyTimesAnHour() throws Exception {
		Map<String, Object> first = singleMotherWithDebtsReferredByWorkAndIncome(validBsn());
		fixtures.recorded(first);
		String otherTeamLeader = fixtures.teamLeaderOfAnotherTeam(false);

		for (int attempt = 1; attempt <= 20; attempt++) {
			assertThat(fixtures.api(HttpMethod.POST, "/api/v1/referrals", otherTeamLeader, sameAddressAs(first))
				.getContentAsString()).as("attempt " + attempt).contains("knownToAnotherTeam");
		}
		MockHttpServletResponse refused = fixtures.api(HttpMethod.POST, "/api/v1/referrals", otherTeamLeader,
				sameAddressAs(first));

		assertThat(refused.getStatus()).isEqualTo(409);
		assertThat(refused.getContentAsString()).contains("over een uur").doesNotContain("knownToAnotherTeam");
	}

	private static Map<String, Object> sameAddressAs(Map<String, Object> first) {
		Map<String, Object> sameAddress = singleMotherWithDebtsReferredByWorkAndIncome(validBsn());
		household(sameAddress).put("houseNumber", household(first).get("houseNumber"));
		return sameAddress;
	}

	private UUID householdOf(UUID referral) {
		return jdbc.sql("select household_id from referral where id = :r")
			.param("r", referral)
			.query(UUID.class)
			.single();
	}

	private int matchReportsOf(UUID household) {
		return jdbc.sql("""
				select count(*) from audit_entry e join audit_subject_key k on k.pseudonym = e.subject_pseudonym
				where k.subject_id = :h and e.resource = 'household-match-other-team'""")
			.param("h", household)
			.query(Integer.class)
			.single();
	}

}
