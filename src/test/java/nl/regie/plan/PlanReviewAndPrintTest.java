package nl.regie.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import nl.regie.RegieTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;

import static nl.regie.plan.PlanFixtures.action;
import static nl.regie.plan.PlanFixtures.goal;
import static nl.regie.plan.PlanFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The plan review falls due on "my cases" three months after the household agreed (or the
 * plan date); overdue actions show on the plan; the printed plan holds the household's
 * own words, the goals and who does what, in the household's language; every read is
 * reported.
 */
@RegieTest
class PlanReviewAndPrintTest extends PlanSetUp {

	@Autowired
	PlanReviewDueItems dueItems;

	@Test
	void thePlanReviewFallsDueThreeMonthsAfterTheHouseholdAgreed() throws Exception {
		assertThat(dueOn(caseId, "PLAN_REVIEW")).as("no plan, no review").isNull();
		fixtures.save(caseId, null, plan(today, "Rust.", List.of()));
		assertThat(dueOn(caseId, "PLAN_REVIEW")).isEqualTo(today.plusMonths(3));
		assertThat(onMyCases("PLAN_REVIEW")).isTrue();

		clock.setToday(today.plusDays(20));
		fixtures.cases.api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/plan/agreements", "casemanager",
				Map.of("version", 1, "agreedOn", today.plusDays(20).toString()));

		assertThat(dueOn(caseId, "PLAN_REVIEW")).isEqualTo(today.plusDays(20).plusMonths(3));
	}

	@Test
	void aGoalShowsTheLatestMatrixLevelOfEachAdultOnItsDomain() throws Exception {
		UUID samira = jdbc.sql("""
				select m.id from household_member m join case_file c on c.household_id = m.household_id
				where c.id = :c and m.given_name = 'Samira'""").param("c", caseId).query(UUID.class).single();
		for (int level : new int[] { 2, 3 }) {
			clock.setToday(today.plusDays(level));
			fixtures.cases.api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/members/" + samira + "/assessments",
					"casemanager",
					Map.of("kind", level == 2 ? "INTAKE" : "REVIEW", "assessedBy", "TOGETHER", "assessedOn",
							today.plusDays(level).toString(), "scores",
							List.of(Map.of("domain", "FINANCES", "level", level))));
		}
		fixtures.save(caseId, null, plan(today, "Rust.",
				List.of(goal("FINANCES", "Overzicht", true), goal("HOUSING", "Een woning", false))));

		String page = mvc.perform(get("/cases/" + caseId + "/plan").cookie(fixtures.cases.session("casemanager")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Matrix nu: Samira: 3", "Matrix nu: Samira: –");
	}

	@Test
	void overdueActionsAreShownOnThePlan() throws Exception {
		fixtures.save(caseId, null,
				plan(today, "Rust.",
						List.of(goal("FINANCES", "Overzicht", true,
								action("Post openen", "HOUSEHOLD", null, today.plusDays(2)),
								action("Bank bellen", "HOUSEHOLD", null, today.plusDays(30))))));
		clock.setToday(today.plusDays(5));

		JsonNode plan = fixtures.plan(caseId);
		String page = mvc.perform(get("/cases/" + caseId + "/plan").cookie(fixtures.cases.session("casemanager")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(plan.get("overdue")).hasSize(1);
		assertThat(plan.get("overdue").get(0).asString())
			.isEqualTo(plan.get("plan").get("goals").get(0).get("actions").get(0).get("id").asString());
		assertThat(page).contains("1 actie is over tijd");
	}

	@Test
	void thePrintedPlanHoldsTheOwnWordsTheGoalsAndWhoDoesWhat() throws Exception {
		UUID neighbour = fixtures.networkPerson(caseId, "NEIGHBOUR", "Buurvrouw Els", null, false);
		fixtures.save(caseId, null, plan(today, "Ik wil weer rustig slapen zonder brieven van de deurwaarder.",
				List.of(goal("FINANCES", "Geen nieuwe schulden", true,
						action("De post samen openen", "HOUSEHOLD", null, today.plusDays(7)),
						action("Meelezen met de brieven", "OWN_NETWORK", neighbour, today.plusDays(7)),
						action("Schuldhulp aanvragen", "PROFESSIONAL", "Schuldhulp Amsterdam", today.plusDays(21))))));
		int readsBefore = reads("plan-print");

		String text = pdfText();

		assertThat(text).contains("Ons plan", "Ik wil weer rustig slapen zonder brieven van de deurwaarder.",
				"Financiën", "Doel: Geen nieuwe schulden", "Dit doen we eerst.", "De post samen openen",
				"Wie doet het: u zelf", "Wie doet het: Buurvrouw Els", "Wie doet het: Schuldhulp Amsterdam",
				"Handtekening van het huishouden");
		assertThat(text).doesNotContain("PROFESSIONAL", "OWN_NETWORK", "FINANCES", neighbour.toString());
		assertThat(reads("plan-print")).isEqualTo(readsBefore + 1);
	}

	@Test
	void thePrintedPlanIsInEnglishWhenTheHouseholdPrefersIt() throws Exception {
		Map<String, Object> plan = plan(today, "I want to sleep again.", List.of(goal("HOUSING", "A home of our own",
				true, action("Register with Woningnet", "HOUSEHOLD", null, today.plusDays(7)))));
		plan.put("language", "en");
		fixtures.save(caseId, null, plan);

		assertThat(pdfText()).contains("Our plan", "I want to sleep again.", "Housing", "Goal: A home of our own",
				"Who does it: you", "Signature of the household");
	}

	@Test
	void everyReadOfThePlanIsReportedOnce() throws Exception {
		fixtures.save(caseId, null, plan(today, "Rust.", List.of()));
		int plan = reads("plan");
		int history = reads("plan-history");

		fixtures.plan(caseId);
		fixtures.versions(caseId);

		assertThat(reads("plan")).isEqualTo(plan + 1);
		assertThat(reads("plan-history")).isEqualTo(history + 1);
	}

	private String pdfText() throws Exception {
		MockHttpServletResponse response = mvc
			.perform(get("/cases/" + caseId + "/plan/print").cookie(fixtures.cases.session("casemanager")))
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		try (PDDocument document = Loader.loadPDF(response.getContentAsByteArray())) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	/** The plan's own due item, as "my cases" puts it in its one query. */
	private LocalDate dueOn(UUID caseId, String kind) {
		return jdbc
			.sql("select items.due_on from case_file c, lateral (" + dueItems.select()
					+ ") as items(kind, due_on) where c.id = :c and items.kind = :k")
			.param("c", caseId)
			.param("k", kind)
			.query(LocalDate.class)
			.optional()
			.orElse(null);
	}

	/** "My cases" lists it: as the next thing due, or among the others. */
	private boolean onMyCases(String kind) throws Exception {
		for (int page = 0; page < 20; page++) {
			JsonNode cases = fixtures.cases
				.read(fixtures.cases.api(HttpMethod.GET, "/api/v1/my-cases?page=" + page, "casemanager", null)
					.getContentAsString());
			for (JsonNode entry : cases.get("entries")) {
				if (entry.get("caseId").asString().equals(caseId.toString())) {
					return entry.get("dueKind").asString().equals(kind)
							|| entry.get("alsoDue").valueStream().anyMatch(due -> due.asString().equals(kind));
				}
			}
			if (cases.get("entries").isEmpty()) {
				return false;
			}
		}
		return false;
	}

	private int reads(String resource) {
		return jdbc.sql("""
				select count(*) from audit_entry e join audit_subject_key k on k.pseudonym = e.subject_pseudonym
				join case_file c on c.household_id = k.subject_id
				where c.id = :c and e.kind = 'READ' and e.resource = :r""")
			.param("c", caseId)
			.param("r", resource)
			.query(Integer.class)
			.single();
	}

}
