package nl.regie.referral;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import nl.regie.RegieTest;
import nl.regie.platform.access.PersonalDataRead;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static nl.regie.referral.ReferralFixtures.singleMotherWithDebtsReferredByWorkAndIncome;
import static nl.regie.referral.ReferralFixtures.validBsn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every read of a household's personal data passes the access seam
 * ({@code PersonalDataReads}) exactly once, with who read it, in which role and what; a
 * refused read reports nothing.
 */
@RegieTest
@RecordApplicationEvents
class HouseholdReadsAreReportedTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	ApplicationEvents events;

	ReferralFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ReferralFixtures(mvc, jdbc, json, passwords);
	}

	@Test
	void readingAReferralOnTheScreenAndInTheApiReportsOneReadOfItsHouseholdEach() throws Exception {
		UUID referral = fixtures.recorded(singleMotherWithDebtsReferredByWorkAndIncome(validBsn()));
		UUID household = householdOf(referral);
		events.clear();

		assertThat(fixtures.api(HttpMethod.GET, "/api/v1/referrals/" + referral, "teamassistent", Map.of()).getStatus())
			.isEqualTo(200);

		assertThat(reads()).singleElement().satisfies(read -> {
			assertThat(read.householdId()).isEqualTo(household);
			assertThat(read.userId()).isEqualTo(userId("teamassistent"));
			assertThat(read.role()).isEqualTo("TEAM_ASSISTANT");
			assertThat(read.municipalityId()).isEqualTo(fixtures.demoMunicipality());
			assertThat(read.resource()).isEqualTo("referral");
		});
	}

	@Test
	void aRefusedReadReportsNothing() throws Exception {
		UUID referral = fixtures.recorded(singleMotherWithDebtsReferredByWorkAndIncome(validBsn()));
		String otherTeamLeader = fixtures.teamLeaderOfAnotherTeam(false);
		events.clear();

		assertThat(fixtures.api(HttpMethod.GET, "/api/v1/referrals/" + referral, otherTeamLeader, Map.of()).getStatus())
			.isEqualTo(404);
		assertThat(fixtures.api(HttpMethod.GET, "/api/v1/referrals/" + referral, "casemanager", Map.of()).getStatus())
			.isEqualTo(403);

		assertThat(reads()).isEmpty();
	}

	@Test
	void householdsShownByTheDuplicateSearchAreReportedAsRead() throws Exception {
		String bsn = validBsn();
		UUID first = fixtures.recorded(singleMotherWithDebtsReferredByWorkAndIncome(bsn));
		events.clear();

		int status = fixtures
			.api(HttpMethod.POST, "/api/v1/referrals", "teamleider", singleMotherWithDebtsReferredByWorkAndIncome(bsn))
			.getStatus();

		assertThat(status).isEqualTo(409);
		assertThat(reads()).singleElement().satisfies(read -> {
			assertThat(read.householdId()).isEqualTo(householdOf(first));
			assertThat(read.resource()).isEqualTo("household-candidates");
		});
	}

	private List<PersonalDataRead> reads() {
		return events.stream(PersonalDataRead.class).toList();
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
