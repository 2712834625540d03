package nl.regie.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.servlet.http.Cookie;

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
import org.springframework.transaction.PlatformTransactionManager;

import static nl.regie.referral.ReferralFixtures.decision;
import static nl.regie.referral.ReferralFixtures.screeningThatFits;
import static nl.regie.referral.ReferralFixtures.singleMotherWithDebtsReferredByWorkAndIncome;
import static nl.regie.referral.ReferralFixtures.validBsn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

@RegieTest
class ReferralDecisionTest {

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

	ReferralFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ReferralFixtures(mvc, jdbc, json, passwords);
	}

	@Test
	void singleMotherWithDebtsReferredByWorkAndIncomeIsAcceptedAndHerCaseWaitsForAssignment() throws Exception {
		UUID referral = fixtures.recorded(singleMotherWithDebtsReferredByWorkAndIncome(validBsn()));
		screen(referral, screeningThatFits());

		MockHttpServletResponse decided = decide(referral,
				decision(0, "ACCEPT", "Schulden en school: team neemt regie."));

		assertThat(decided.getStatus()).isEqualTo(201);
		assertThat(decided.getContentAsString()).contains("ACCEPTED");
		assertThat(caseStages(referral)).containsExactly("AWAITING_ASSIGNMENT");
		assertThat(fixtures.api(HttpMethod.GET, "/api/v1/referrals/" + referral, "teamleider", Map.of())
			.getContentAsString())
			.contains("\"status\":\"ACCEPTED\"", "\"givenName\":\"Yassin\"", "\"childrenInHousehold\":1");
	}

	@Test
	void referralWithAChildSafetyConcernCannotBeAcceptedAndItsHandoverIsRecorded() throws Exception {
		UUID referral = fixtures.recorded(singleMotherWithDebtsReferredByWorkAndIncome(validBsn()));
		Map<String, Object> screening = screeningThatFits();
		screening.put("childSafetyConcern", true);
		screen(referral, screening);

		MockHttpServletResponse refused = decide(referral, decision(0, "ACCEPT", "Toch proberen"));
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(refused.getContentAsString()).contains("Veilig Thuis");
		assertThat(refused.getContentAsString()).contains("vrijwillige hulp");

		Map<String, Object> handover = decision(0, "HAND_OVER", "Zorgen om veiligheid van de zoon.");
		handover.put("handoverTo", "VEILIG_THUIS");
		assertThat(decide(referral, handover).getContentAsString()).contains("HANDED_OVER");
		assertThat(jdbc.sql("select handover_to from referral_decision where referral_id = :r")
			.param("r", referral)
			.query(String.class)
			.single()).isEqualTo("VEILIG_THUIS");
		assertThat(caseStages(referral)).isEmpty();
	}

	@Test
	void leadAgencyOfYouthProtectionShowsInTheScreeningAndJoiningRecordsWhoAgreed() throws Exception {
		UUID referral = fixtures.recorded(singleMotherWithDebtsReferredByWorkAndIncome(validBsn()));
		assertThat(fixtures.api(HttpMethod.POST, "/api/v1/referrals/" + referral + "/involvements", "teamassistent",
				Map.of("organisation", "Jeugdbescherming Regio Amsterdam", "professional", "K. Vos", "role",
						"Gezinsvoogd", "leadAgency", true))
			.getStatus()).isEqualTo(201);

		mvc.perform(get("/referrals/" + referral).cookie(fixtures.session("teamleider")))
			.andExpect(content().string(containsString("De regie ligt nu bij Jeugdbescherming Regio Amsterdam.")));

		Map<String, Object> takeOver = screeningThatFits();
		assertThat(screen(referral, takeOver).getContentAsString()).contains("Er is al een regiehouder");
		Map<String, Object> join = screeningThatFits();
		join.put("coordinationOutcome", "JOIN_LEAD_AGENCY");
		assertThat(screen(referral, join).getContentAsString()).contains("coordinationAgreedBy");
		join.put("coordinationAgreedBy", "K. Vos (gezinsvoogd)");
		assertThat(screen(referral, join).getStatus()).isEqualTo(204);

		assertThat(jdbc.sql("select coordination_agreed_by from referral_screening where referral_id = :r")
			.param("r", referral)
			.query(String.class)
			.single()).isEqualTo("K. Vos (gezinsvoogd)");
	}

	@Test
	void screeningWarnsAtOnceWhenOnlyOneLifeDomainIsReferred() throws Exception {
		Map<String, Object> oneDomain = singleMotherWithDebtsReferredByWorkAndIncome(validBsn());
		oneDomain.put("lifeDomains", List.of("FINANCES"));
		UUID referral = fixtures.recorded(oneDomain);

		mvc.perform(get("/referrals/" + referral).cookie(fixtures.session("teamleider")))
			.andExpect(content().string(containsString("Er spelen geen problemen op meerdere leefgebieden")));
	}

	@Test
	void demoFamilyWhoseCoordinationIsHeldByYouthProtectionShowsItsLeadAgency() throws Exception {
		UUID ramdin = jdbc.sql("""
				select r.id from referral r join household h on h.id = r.household_id
				where h.postcode = '1067EF' and h.house_number = '88'""").query(UUID.class).single();

		mvc.perform(get("/referrals/" + ramdin).cookie(fixtures.session("teamleider")))
			.andExpect(content().string(containsString("De regie ligt nu bij Jeugdbescherming Regio Amsterdam.")))
			.andExpect(content().string(containsString("Gezinsvoogd")));
	}

	@Test
	void decisionWithoutReasonIsRefusedAndASecondDecisionToo() throws Exception {
		UUID referral = fixtures.recorded(singleMotherWithDebtsReferredByWorkAndIncome(validBsn()));
		screen(referral, screeningThatFits());

		MockHttpServletResponse withoutReason = decide(referral, decision(0, "ACCEPT", " "));
		assertThat(withoutReason.getStatus()).isEqualTo(400);
		assertThat(withoutReason.getContentAsString()).contains("Schrijf op waarom u zo besluit.");
		assertThat(caseStages(referral)).isEmpty();

		Map<String, Object> decline = decision(0, "DECLINE", "Eén leefgebied");
		assertThat(decide(referral, decline).getContentAsString()).contains("declineReason", "advice");
		decline.put("declineReason", "OTHER_SERVICE_FITS_BETTER");
		decline.put("advice", "Warme overdracht naar schuldhulp.");
		decline.put("referrerMessage", "Beste aanmelder, wij verwijzen door naar schuldhulp.");
		assertThat(decide(referral, decline).getStatus()).isEqualTo(201);

		MockHttpServletResponse second = decide(referral, decision(1, "ACCEPT", "Toch wel"));
		assertThat(second.getStatus()).isEqualTo(409);
		assertThat(second.getContentAsString()).contains("al besloten");
		assertThat(caseStages(referral)).isEmpty();
	}

	@Test
	void twoTeamLeadersDecidingAtOnceLeaveOneDecisionAndNoDoubleCase() throws Exception {
		UUID referral = fixtures.recorded(singleMotherWithDebtsReferredByWorkAndIncome(validBsn()));
		screen(referral, screeningThatFits());
		String token = fixtures.token("teamleider");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Integer>> results = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			Callable<Integer> accept = () -> {
				start.await();
				return mvc
					.perform(post("/api/v1/referrals/" + referral + "/decisions").header("Authorization", token)
						.contentType("application/json")
						.content(fixtures.json(decision(0, "ACCEPT", "Past bij het team"))))
					.andReturn()
					.getResponse()
					.getStatus();
			};
			results.add(pool.submit(accept));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> result : results) {
			statuses.add(result.get());
		}
		pool.shutdown();

		assertThat(statuses).containsExactlyInAnyOrder(201, 409);
		assertThat(caseStages(referral)).containsExactly("AWAITING_ASSIGNMENT");
	}

	@Test
	void screeningThatArrivesWhileADecisionIsBeingSavedIsRefusedAfterIt() throws Exception {
		UUID referral = fixtures.recorded(singleMotherWithDebtsReferredByWorkAndIncome(validBsn()));
		screen(referral, screeningThatFits());
		Map<String, Object> changedScreening = screeningThatFits();
		changedScreening.put("notes", "Later aangepast");

		MockHttpServletResponse screening = fixtures.whileHolding(transactions, """
				update referral set status = 'ACCEPTED', version = version + 1 where id = :id""", referral,
				() -> screen(referral, changedScreening));

		assertThat(screening.getStatus()).isEqualTo(409);
		assertThat(screening.getContentAsString()).contains("al besloten");
		assertThat(jdbc.sql("select notes from referral_screening where referral_id = :r")
			.param("r", referral)
			.query(String.class)
			.optional()).isNotEqualTo(Optional.of("Later aangepast"));
	}

	@Test
	void acceptWhileAnotherAcceptTakesTheLastPlaceGoesToTheWaitlist() throws Exception {
		String leader = fixtures.teamLeaderOfAnotherTeam(false);
		fixtures.coreTeamMemberWorking(leader, 36);
		UUID team = fixtures.teamOf(leader);
		jdbc.sql("insert into team_capacity (team_id, municipality_id, max_cases_per_fte) values (:t, :m, 1)")
			.param("t", team)
			.param("m", fixtures.demoMunicipality())
			.update();
		UUID referral = fixtures.recordedBy(leader, singleMotherWithDebtsReferredByWorkAndIncome(validBsn()));
		UUID acceptedAtTheSameMoment = fixtures.recordedBy(leader,
				singleMotherWithDebtsReferredByWorkAndIncome(validBsn()));
		assertThat(fixtures
			.api(HttpMethod.PUT, "/api/v1/referrals/" + referral + "/screening", leader, screeningThatFits())
			.getStatus()).isEqualTo(204);

		MockHttpServletResponse decided = fixtures.whileHolding(transactions,
				"""
						insert into case_file (id, municipality_id, team_id, household_id, referral_id, stage, opened_on)
						select gen_random_uuid(), municipality_id, team_id, household_id, id, 'AWAITING_ASSIGNMENT', current_date
						from referral where id = :id;
						update referral set status = 'ACCEPTED', version = version + 1 where id = :id;
						select 1 from team where id = (select team_id from referral where id = :id) for update""",
				acceptedAtTheSameMoment,
				() -> fixtures.api(HttpMethod.POST, "/api/v1/referrals/" + referral + "/decisions", leader,
						decision(0, "ACCEPT", "Past bij het team")));

		assertThat(decided.getContentAsString()).contains("WAITLISTED");
		assertThat(caseStages(referral)).isEmpty();
	}

	@Test
	void leadAgencyRecordedByTwoPeopleAtOnceLeavesOneAndTellsTheSecondInDutch() throws Exception {
		UUID referral = fixtures.recorded(singleMotherWithDebtsReferredByWorkAndIncome(validBsn()));

		MockHttpServletResponse second = fixtures.whileHolding(transactions, """
				insert into household_involvement (id, municipality_id, household_id, organisation, role, lead_agency,
				    recorded_at)
				select gen_random_uuid(), municipality_id, household_id, 'Jeugdbescherming Regio Amsterdam',
				    'Gezinsvoogd', true, now()
				from referral where id = :id""", referral,
				() -> fixtures.api(HttpMethod.POST, "/api/v1/referrals/" + referral + "/involvements", "teamassistent",
						Map.of("organisation", "Veilig Thuis", "role", "Casemanager", "leadAgency", true)));

		assertThat(second.getStatus()).isEqualTo(400);
		assertThat(second.getContentAsString()).contains("Er is al een regiehouder voor dit huishouden.");
	}

	@Test
	void teamLeaderScreensAndAcceptsOnTheScreen() throws Exception {
		UUID referral = fixtures.recorded(singleMotherWithDebtsReferredByWorkAndIncome(validBsn()));
		Cookie session = fixtures.session("teamleider");
		mvc.perform(get("/referrals/" + referral).cookie(session))
			.andExpect(content().string(containsString("3 leefgebieden aangemeld, 1 kind in het huishouden")));

		mvc.perform(post("/referrals/" + referral + "/screening").cookie(session)
			.with(csrf())
			.param("severalLifeDomains", "true")
			.param("coordinationOutcome", "TEAM_COORDINATES")).andExpect(redirectedUrl("/referrals/" + referral));
		mvc.perform(post("/referrals/" + referral + "/decision").cookie(session)
			.with(csrf())
			.param("version", "0")
			.param("outcome", "ACCEPT")
			.param("reason", "")).andExpect(content().string(containsString("Schrijf op waarom u zo besluit.")));
		mvc.perform(post("/referrals/" + referral + "/decision").cookie(session)
			.with(csrf())
			.param("version", "0")
			.param("outcome", "ACCEPT")
			.param("reason", "Meerdere leefgebieden, niemand heeft regie."))
			.andExpect(redirectedUrl("/referrals/" + referral));

		assertThat(caseStages(referral)).containsExactly("AWAITING_ASSIGNMENT");
		mvc.perform(post("/referrals/" + referral + "/decision").cookie(session)
			.with(csrf())
			.param("version", "0")
			.param("outcome", "ACCEPT")
			.param("reason", "Nog een keer"))
			.andExpect(content().string(containsString("Over deze aanmelding is al besloten.")));
	}

	private MockHttpServletResponse screen(UUID referral, Map<String, Object> screening) throws Exception {
		return fixtures.api(HttpMethod.PUT, "/api/v1/referrals/" + referral + "/screening", "teamleider", screening);
	}

	private MockHttpServletResponse decide(UUID referral, Map<String, Object> decision) throws Exception {
		return fixtures.api(HttpMethod.POST, "/api/v1/referrals/" + referral + "/decisions", "teamleider", decision);
	}

	private List<String> caseStages(UUID referral) {
		return jdbc.sql("select stage from case_file where referral_id = :r")
			.param("r", referral)
			.query(String.class)
			.list();
	}

}
