package nl.regie.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.regie.RegieTest;
import nl.regie.identity.CurrentUser;
import nl.regie.identity.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static nl.regie.referral.ReferralFixtures.decision;
import static nl.regie.referral.ReferralFixtures.member;
import static nl.regie.referral.ReferralFixtures.screeningThatFits;
import static nl.regie.referral.ReferralFixtures.singleMotherWithDebtsReferredByWorkAndIncome;
import static nl.regie.referral.ReferralFixtures.validBsn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each test works in a team of its own, so the demo team's caseload does not count.
 */
@RegieTest
class WaitlistTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ScreeningManagement decisions;

	ReferralFixtures fixtures;

	String teamLeader;

	@BeforeEach
	void aTeamOfItsOwn() {
		fixtures = new ReferralFixtures(mvc, jdbc, json, passwords);
		teamLeader = fixtures.teamLeaderOfAnotherTeam(false);
	}

	@Test
	void withTheTeamAtCapacityAcceptedHouseholdsLandOnTheWaitlistHeaviestFirst() throws Exception {
		UUID adultsOnly = accepted(referral("NORMAL", false, List.of("FINANCES", "HOUSING")), 0);
		UUID waitingLonger = accepted(referral("NORMAL", false, List.of("FINANCES", "HOUSING")), 10);
		UUID urgent = accepted(referral("URGENT", false, List.of("FINANCES", "HOUSING")), 0);
		UUID withChild = accepted(referral("NORMAL", true, List.of("FINANCES", "HOUSING")), 0);
		UUID moreLifeDomains = accepted(referral("NORMAL", false, List.of("FINANCES", "HOUSING", "WORK_EDUCATION")), 0);

		JsonNode waitlist = fixtures.read(
				fixtures.api(HttpMethod.GET, "/api/v1/referrals/waitlist", teamLeader, Map.of()).getContentAsString());

		List<String> order = new ArrayList<>();
		waitlist.get("entries").forEach(entry -> order.add(entry.get("id").asString()));
		assertThat(order).containsExactly(urgent.toString(), withChild.toString(), moreLifeDomains.toString(),
				waitingLonger.toString(), adultsOnly.toString());
		assertThat(waitlist.get("entries").get(3).get("waitingDays").asInt()).isEqualTo(10);
		assertThat(waitlist.get("capacity").get("full").asBoolean()).isTrue();
		assertThat(jdbc.sql("select count(*) from case_file where referral_id in (:ids)")
			.param("ids", List.of(adultsOnly, waitingLonger, urgent, withChild, moreLifeDomains))
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void takingAHouseholdOffTheWaitlistOpensItsCase() throws Exception {
		UUID waiting = accepted(referral("NORMAL", false, List.of("FINANCES", "HOUSING")), 0);

		String answer = fixtures
			.api(HttpMethod.POST, "/api/v1/referrals/" + waiting + "/decisions", teamLeader,
					decision(1, "ACCEPT", "Plek vrijgekomen in het teamoverleg."))
			.getContentAsString();

		assertThat(answer).contains("ACCEPTED");
		assertThat(jdbc.sql("select stage from case_file where referral_id = :r")
			.param("r", waiting)
			.query(String.class)
			.single()).isEqualTo("AWAITING_ASSIGNMENT");
	}

	/**
	 * Rolled back, so the demo team keeps its waitlist for the other tests and for the
	 * demo.
	 */
	@Test
	void aWaitlistedDemoHouseholdCanBeTakenOffTheWaitlist() {
		UUID demoTeam = fixtures.demoTeam();
		UUID waitlisted = jdbc.sql("select id from referral where team_id = :t and status = 'WAITLISTED' limit 1")
			.param("t", demoTeam)
			.query(UUID.class)
			.single();
		int version = jdbc.sql("select version from referral where id = :id")
			.param("id", waitlisted)
			.query(Integer.class)
			.single();
		CurrentUser demoTeamLeader = jdbc.sql("select id from user_account where username = 'teamleider'")
			.query((rs, n) -> new CurrentUser(rs.getObject("id", UUID.class), "teamleider", "Marieke Jansen",
					fixtures.demoMunicipality(), demoTeam, Set.of(Role.TEAM_LEADER)))
			.single();

		ReferralStatus status = new TransactionTemplate(transactions).execute(tx -> {
			tx.setRollbackOnly();
			return decisions.decide(demoTeamLeader, waitlisted, new DecisionForm(version, DecisionOutcome.ACCEPT,
					"Plek vrijgekomen in het teamoverleg.", null, null, null, null));
		});

		assertThat(status).isEqualTo(ReferralStatus.ACCEPTED);
	}

	@Test
	void capacityIsTheCoreTeamsFteTimesTheTeamsNormPerFte() throws Exception {
		fixtures.coreTeamMemberWorking(teamLeader, 36);
		assertThat(fixtures
			.api(HttpMethod.PUT, "/api/v1/referrals/waitlist/capacity", teamLeader, Map.of("maxCasesPerFte", 1))
			.getStatus()).isEqualTo(204);

		UUID first = accepted(referral("NORMAL", false, List.of("FINANCES", "HOUSING")), 0);
		UUID second = accepted(referral("NORMAL", false, List.of("FINANCES", "HOUSING")), 0);

		assertThat(status(first)).isEqualTo("ACCEPTED");
		assertThat(status(second)).isEqualTo("WAITLISTED");
	}

	@Test
	void capacityNormMustBePositive() throws Exception {
		String answer = fixtures
			.api(HttpMethod.PUT, "/api/v1/referrals/waitlist/capacity", teamLeader, Map.of("maxCasesPerFte", 0))
			.getContentAsString();

		assertThat(answer).contains("maxCasesPerFte", "minstens 0,1");
	}

	private Map<String, Object> referral(String urgency, boolean withChild, List<String> lifeDomains) {
		Map<String, Object> referral = singleMotherWithDebtsReferredByWorkAndIncome(validBsn());
		referral.put("urgency", urgency);
		referral.put("lifeDomains", lifeDomains);
		if (!withChild) {
			ReferralFixtures.household(referral)
				.put("members", List.of(member("Alleen", "Volwassen" + UUID.randomUUID(), "1970-01-01", null)));
		}
		return referral;
	}

	/** Records, screens and accepts a referral received this many days ago. */
	private UUID accepted(Map<String, Object> referral, int daysAgo) throws Exception {
		UUID id = fixtures.recordedBy(teamLeader, referral);
		jdbc.sql("update referral set received_on = received_on - :days where id = :id")
			.param("days", daysAgo)
			.param("id", id)
			.update();
		fixtures.api(HttpMethod.PUT, "/api/v1/referrals/" + id + "/screening", teamLeader, screeningThatFits());
		fixtures.api(HttpMethod.POST, "/api/v1/referrals/" + id + "/decisions", teamLeader,
				decision(0, "ACCEPT", "Past bij het team."));
		return id;
	}

	private String status(UUID referral) {
		return jdbc.sql("select status from referral where id = :id")
			.param("id", referral)
			.query(String.class)
			.single();
	}

}
