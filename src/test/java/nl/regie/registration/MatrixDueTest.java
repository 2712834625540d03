package nl.regie.registration;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import nl.regie.RegieTest;

import org.springframework.http.HttpMethod;

import static nl.regie.registration.RegistrationFixtures.assessment;
import static nl.regie.registration.RegistrationFixtures.level;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Regie knows when a matrix is due and puts it on "my cases": the intake matrix within 4
 * weeks of the first contact, a review 6 months after the latest one while the case is
 * active; once measured, the item moves on. Tested by moving the clock, never by waiting.
 */
@RegieTest
class MatrixDueTest extends RegistrationSetUp {

	@BeforeEach
	void anActiveCaseWithItsFirstContactOnADayOfItsOwn() throws Exception {
		fixtures.nadiaBecomesBackup(caseId);
	}

	@Test
	void theIntakeMatrixIsDueFourWeeksAfterTheFirstContactAndAReviewSixMonthsAfterIt() throws Exception {
		JsonNode atFirstContact = myCase();
		assertThat(atFirstContact.get("dueKind").asString()).isEqualTo("NEXT_CONTACT");
		assertThat(alsoDue(atFirstContact)).contains("MATRIX_INTAKE");

		clock.setToday(day.plusDays(25));
		contactToday();
		JsonNode beforeFourWeeks = myCase();
		assertThat(beforeFourWeeks.get("dueKind").asString()).isEqualTo("MATRIX_INTAKE");
		assertThat(beforeFourWeeks.get("dueOn").asString()).isEqualTo(day.plusWeeks(4).toString());
		assertThat(beforeFourWeeks.get("overdue").asBoolean()).isFalse();

		clock.setToday(day.plusDays(30));
		assertThat(myCase().get("overdue").asBoolean()).as("past the four weeks").isTrue();
		assertThat(myCasesPage()).contains("Zelfredzaamheid-Matrix bij de intake");

		LocalDate intake = LocalDate.now(clock);
		fixtures.assess(caseId, fixtures.member(caseId, "Samira"), "casemanager",
				assessment("INTAKE", intake, List.of(level("FINANCES", 2))));
		JsonNode measured = myCase();
		assertThat(measured.get("dueKind").asString()).isNotEqualTo("MATRIX_INTAKE");
		assertThat(alsoDue(measured)).doesNotContain("MATRIX_INTAKE").contains("MATRIX_REVIEW");

		clock.setToday(intake.plusMonths(6).minusDays(1));
		contactToday();
		JsonNode halfAYearOn = myCase();
		assertThat(halfAYearOn.get("dueKind").asString()).isEqualTo("MATRIX_REVIEW");
		assertThat(halfAYearOn.get("dueOn").asString()).isEqualTo(intake.plusMonths(6).toString());
	}

	private void contactToday() throws Exception {
		cases.api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/contacts", "casemanager",
				Map.of("contactOn", LocalDate.now(clock).toString(), "type", "PHONE", "participants", "Jeroen Smit",
						"durationMinutes", 10, "note", "Even gebeld."));
	}

	private JsonNode myCase() throws Exception {
		for (int page = 0; page < 50; page++) {
			JsonNode entries = cases
				.read(cases.api(HttpMethod.GET, "/api/v1/my-cases?page=" + page, "casemanager", null)
					.getContentAsString())
				.get("entries");
			for (JsonNode entry : entries) {
				if (entry.get("caseId").asString().equals(caseId.toString())) {
					return entry;
				}
			}
			if (entries.isEmpty()) {
				break;
			}
		}
		throw new AssertionError("the case is not on my cases");
	}

	private String myCasesPage() throws Exception {
		var session = cases.session("casemanager");
		for (int page = 0; page < 50; page++) {
			String html = mvc.perform(get("/cases/my?page=" + page).cookie(session))
				.andReturn()
				.getResponse()
				.getContentAsString();
			int at = html.indexOf("data-case=\"" + caseId + "\"");
			if (at >= 0) {
				return html.substring(at, html.indexOf("</li>", at));
			}
		}
		throw new AssertionError("the case is not on the my cases page");
	}

	private static List<String> alsoDue(JsonNode entry) {
		return entry.get("alsoDue").valueStream().map(JsonNode::asString).toList();
	}

}
