package nl.regie.casefile;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import nl.regie.MutableClock;
import nl.regie.RegieTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An outer-ring specialist sees a case only while the team has asked them in: the case is
 * on their list of consultations and opens for them until the last day, and after it both
 * are gone.
 */
@RegieTest
class ConsultationTest {

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

	LocalDate today;

	String question;

	@BeforeEach
	void theTeamLeaderAsksTheYouthDoctorInForTwoWeeks() throws Exception {
		clock.reset();
		fixtures = new CaseFixtures(mvc, jdbc, json, clock);
		caseId = fixtures.singleMotherWithSchoolProblemsAccepted().caseId();
		fixtures.assign(caseId, "Jeroen Smit", "Frank de Wit", null);
		today = LocalDate.now(clock);
		question = "Is de slaapproblematiek van Yassin medisch? " + UUID.randomUUID().toString().substring(0, 6);
		MockHttpServletResponse askedIn = mvc
			.perform(post("/cases/{id}/consultants", caseId).cookie(fixtures.session("teamleider"))
				.with(csrf())
				.param("memberId", fixtures.memberId("Carla Mendes").toString())
				.param("from", today.toString())
				.param("until", today.plusDays(14).toString())
				.param("question", question))
			.andReturn()
			.getResponse();
		assertThat(askedIn.getRedirectedUrl()).isEqualTo("/cases/" + caseId);
	}

	@AfterEach
	void backToToday() {
		clock.reset();
	}

	@Test
	void theSpecialistSeesTheCaseOnTheirListUntilTheLastDayAndNotAfter() throws Exception {
		Cookie specialist = fixtures.session("specialist");
		clock.setToday(today.plusDays(14));
		assertThat(page("/cases/consultations", specialist).getContentAsString()).contains(question);
		assertThat(page("/cases/" + caseId, specialist).getStatus()).isEqualTo(200);

		clock.setToday(today.plusDays(15));

		assertThat(page("/cases/consultations", specialist).getContentAsString()).doesNotContain(question);
		assertThat(page("/cases/" + caseId, specialist).getStatus()).isEqualTo(403);
	}

	@Test
	void theListIsTheSpecialistsOnly() throws Exception {
		assertThat(page("/cases/consultations", fixtures.session("casemanager")).getStatus()).isEqualTo(403);
	}

	private MockHttpServletResponse page(String path, Cookie session) throws Exception {
		return mvc.perform(get(path).cookie(session)).andReturn().getResponse();
	}

}
