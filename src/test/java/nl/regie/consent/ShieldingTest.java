package nl.regie.consent;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import nl.regie.MutableClock;
import nl.regie.RegieTest;
import nl.regie.casefile.CaseFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Shielding a member from the rest of the household: a reason, a day not in the future,
 * an own file only from 16, one at a time, lifted on a day after it began and only on the
 * version the user saw; a refusal names its field and saves nothing.
 */
@RegieTest
class ShieldingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	MutableClock clock;

	CaseFixtures fixtures;

	LocalDate today;

	UUID caseId;

	UUID samira;

	UUID yassin;

	@BeforeEach
	void anAssignedCaseOfAMotherAndHerSon() throws Exception {
		clock.setToday(LocalDate.now(clock).plusDays(ThreadLocalRandom.current().nextInt(400, 1400)));
		today = LocalDate.now(clock);
		fixtures = new CaseFixtures(mvc, jdbc, json, clock);
		caseId = fixtures.singleMotherWithSchoolProblemsAccepted().caseId();
		fixtures.assign(caseId, "Jeroen Smit", "Nadia Amrani", null);
		samira = fixtures.memberOf(caseId, "Samira");
		yassin = fixtures.memberOf(caseId, "Yassin");
		// thirteen whatever day the clock moved to
		jdbc.sql("update household_member set date_of_birth = :born where id = :id")
			.param("born", today.minusYears(13))
			.param("id", yassin)
			.update();
	}

	@AfterEach
	void realTimeAgain() {
		clock.reset();
	}

	@Test
	void aShieldingWithoutAReasonOrDatedInTheFutureIsRefusedAtItsFields() throws Exception {
		MockHttpServletResponse refused = shield(samira, null, today.plusDays(1), null);

		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(refused.getContentType()).startsWith("application/problem+json");
		assertThat(refused.getContentAsString()).contains("\"reason\"", "\"since\"");
		assertThat(shieldings()).as("nothing saved").isZero();
	}

	@Test
	void anotherDangerIsExplainedAndAnOwnFileIsOnlyFromSixteen() throws Exception {
		assertThat(shield(samira, "OTHER_DANGER", today, " ").getContentAsString()).contains("\"explanation\"");
		MockHttpServletResponse tooYoung = shield(yassin, "OWN_FILE", today, null);

		assertThat(tooYoung.getStatus()).isEqualTo(400);
		assertThat(tooYoung.getContentAsString()).contains("16");
		assertThat(shieldings()).isZero();
	}

	@Test
	void aMemberIsShieldedOnceAtATime() throws Exception {
		assertThat(shield(samira, "DOMESTIC_VIOLENCE", today, null).getStatus()).isEqualTo(201);

		MockHttpServletResponse again = shield(samira, "DOMESTIC_VIOLENCE", today, null);

		assertThat(again.getStatus()).isEqualTo(409);
		assertThat(shieldings()).isEqualTo(1);
	}

	@Test
	void aShieldingIsLiftedOnlyOnTheVersionSeenAndNotBeforeItBegan() throws Exception {
		UUID shielding = UUID.fromString(
				fixtures.read(shield(samira, "DOMESTIC_VIOLENCE", today.minusDays(3), null).getContentAsString())
					.get("id")
					.asString());

		assertThat(lift(shielding, 0, today.minusDays(4)).getStatus()).as("before it began").isEqualTo(400);
		assertThat(lift(shielding, 0, today).getStatus()).isEqualTo(204);
		assertThat(lift(shielding, 0, today).getStatus()).as("lifted meanwhile").isEqualTo(409);
		assertThat(jdbc.sql("select lifted_on from member_shielding where id = :id")
			.param("id", shielding)
			.query(LocalDate.class)
			.single()).isEqualTo(today);
	}

	@Test
	void theScreenShowsARefusalAtTheFieldAndSavesNothing() throws Exception {
		String page = mvc
			.perform(post("/cases/" + caseId + "/shielding").cookie(fixtures.session("casemanager"))
				.with(csrf())
				.param("memberId", yassin.toString())
				.param("reason", "OWN_FILE")
				.param("since", today.toString()))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("shield-reason-error", "Een eigen dossier geldt vanaf 16 jaar");
		assertThat(shieldings()).isZero();
	}

	private MockHttpServletResponse shield(UUID member, String reason, LocalDate since, String explanation)
			throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("memberId", member.toString());
		body.put("reason", reason);
		body.put("since", since.toString());
		body.put("explanation", explanation);
		return fixtures.api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/shieldings", "casemanager", body);
	}

	private MockHttpServletResponse lift(UUID shielding, int version, LocalDate on) throws Exception {
		return fixtures.api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/shieldings/" + shielding + "/lifting",
				"casemanager", Map.of("version", version, "liftedOn", on.toString()));
	}

	private int shieldings() {
		return jdbc.sql("""
				select count(*) from member_shielding s join case_file c on c.household_id = s.household_id
				where c.id = :c""").param("c", caseId).query(Integer.class).single();
	}

}
