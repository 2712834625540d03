package nl.regie.plan;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.regie.RegieTest;

import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static nl.regie.plan.PlanFixtures.goal;
import static nl.regie.plan.PlanFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Confidentiality inside the household (issue 10): a goal for a shielded member is in the
 * plan printed for that member only: not in the print for the whole household, not in the
 * print for another member; lifted, it is back.
 */
@RegieTest
class ShieldedMemberPrintTest extends PlanSetUp {

	static final String HERS = "Een veilige plek om te wonen";

	static final String THEIRS = "Geen nieuwe schulden";

	UUID samira;

	UUID yassin;

	@BeforeEach
	void aPlanWithAGoalForTheMother() throws Exception {
		samira = fixtures.cases.memberOf(caseId, "Samira");
		yassin = fixtures.cases.memberOf(caseId, "Yassin");
		Map<String, Object> hers = goal("DOMESTIC_RELATIONS", HERS, false);
		hers.put("memberId", samira.toString());
		MockHttpServletResponse saved = fixtures.save(caseId, null,
				plan(today, "Rust voor ons allebei.", List.of(goal("FINANCES", THEIRS, true), hers)));
		assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(200);
	}

	@Test
	void aShieldedMembersGoalIsInNoPrintForTheOthers() throws Exception {
		assertThat(print(null)).as("before shielding").contains(HERS, THEIRS);

		UUID shielding = shield(samira);

		assertThat(print(null)).as("for the whole household").contains(THEIRS).doesNotContain(HERS);
		assertThat(print(yassin)).as("for her son").contains(THEIRS).doesNotContain(HERS);
		assertThat(print(samira)).as("for herself").contains(HERS, THEIRS, "Dit is het plan voor Samira.");

		lift(shielding);

		assertThat(print(null)).as("lifted").contains(HERS, THEIRS);
	}

	@Test
	void theProfessionalsSeeTheShieldedGoalMarkedOnThePlan() throws Exception {
		shield(samira);

		String page = mvc.perform(get("/cases/" + caseId + "/plan").cookie(fixtures.cases.session("casemanager")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains(HERS, "Voor Samira", "Afgeschermd: niet in de print voor de andere gezinsleden");
	}

	@Test
	void aGoalForSomeoneOutsideTheHouseholdIsRefused() throws Exception {
		Map<String, Object> plan = fixtures.editable(caseId);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> goals = (List<Map<String, Object>>) plan.get("goals");
		goals.get(0).put("memberId", UUID.randomUUID().toString());

		MockHttpServletResponse refused = fixtures.save(caseId, 1, plan);

		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(refused.getContentAsString()).contains("memberId");
		assertThat(fixtures.versionRows(caseId)).as("nothing saved").isEqualTo(1);
	}

	private UUID shield(UUID member) throws Exception {
		MockHttpServletResponse shielded = fixtures.cases.api(HttpMethod.POST,
				"/api/v1/cases/" + caseId + "/shieldings", "casemanager",
				Map.of("memberId", member.toString(), "reason", "DOMESTIC_VIOLENCE", "since", today.toString()));
		assertThat(shielded.getStatus()).as(shielded.getContentAsString()).isEqualTo(201);
		return UUID.fromString(fixtures.cases.read(shielded.getContentAsString()).get("id").asString());
	}

	private void lift(UUID shielding) throws Exception {
		MockHttpServletResponse lifted = fixtures.cases.api(HttpMethod.POST,
				"/api/v1/cases/" + caseId + "/shieldings/" + shielding + "/lifting", "casemanager",
				Map.of("version", 0, "liftedOn", today.toString()));
		assertThat(lifted.getStatus()).as(lifted.getContentAsString()).isEqualTo(204);
	}

	private String print(UUID forMember) throws Exception {
		MockHttpServletRequestBuilder request = get("/cases/" + caseId + "/plan/print")
			.cookie(fixtures.cases.session("casemanager"));
		if (forMember != null) {
			request = request.param("for", forMember.toString());
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		try (PDDocument document = Loader.loadPDF(response.getContentAsByteArray())) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}
