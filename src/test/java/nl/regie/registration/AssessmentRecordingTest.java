package nl.regie.registration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import nl.regie.RegieTest;

import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;

import static nl.regie.registration.RegistrationFixtures.assessment;
import static nl.regie.registration.RegistrationFixtures.level;
import static nl.regie.registration.RegistrationFixtures.notAssessed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only what the help question needs: an assessment of one adult member records exactly
 * the domains in scope, each a level or honestly "not assessed"; it is final once saved
 * and corrected by an amendment that keeps the original; bad input is refused whole with
 * Dutch messages at its fields; justice notes reach only the case manager and the backup;
 * every read is in the audit log.
 */
@RegieTest
class AssessmentRecordingTest extends RegistrationSetUp {

	UUID samira;

	@BeforeEach
	void samirasIdOnTheCase() throws Exception {
		samira = fixtures.member(caseId, "Samira");
	}

	@Test
	void fourDomainsInScopeOneNotAssessedSaveExactlyThoseAndTheUnassessedOneIsNoScore() throws Exception {
		MockHttpServletResponse saved = fixtures.assess(caseId, samira, "casemanager",
				assessment("INTAKE", day, List.of(level("FINANCES", 2), level("HOUSING", 3),
						notAssessed("MENTAL_HEALTH", "UNKNOWN_YET"), level("WORK_EDUCATION", 4))));

		assertThat(saved.getStatus()).isEqualTo(201);
		assertThat(fixtures.scoreRows(samira)).as("out-of-scope domains leave no row").isEqualTo(4);
		JsonNode assessment = versions().get(0);
		assertThat(assessment.get("instrument").asString()).isEqualTo("ZRM_2017");
		assertThat(assessment.get("scores").valueStream().map(score -> score.get("domain").asString()))
			.containsExactly("FINANCES", "WORK_EDUCATION", "HOUSING", "MENTAL_HEALTH");
		JsonNode mental = score(assessment, "MENTAL_HEALTH");
		assertThat(mental.get("level").isNull()).as("not assessed is not a score").isTrue();
		assertThat(mental.get("notAssessed").asString()).isEqualTo("UNKNOWN_YET");
		assertThat(score(assessment, "FINANCES").get("level").asInt()).isEqualTo(2);
	}

	@Test
	void badInputIsRefusedWholeWithADutchMessageAtItsFieldAndNothingIsSaved() throws Exception {
		UUID yassin = fixtures.member(caseId, "Yassin");
		List<String> refusals = new ArrayList<>();
		refusals.add(refused(samira, assessment("INTAKE", day, List.of(level("FINANCES", 6))), "scores[0].level",
				"Een niveau is 1"));
		refusals.add(refused(samira, assessment("INTAKE", day, List.of(level("FINANCES", 2), level("ADL", 3))),
				"scores[1].domain", "hoort niet bij de gekozen versie"));
		refusals.add(refused(yassin, assessment("INTAKE", day, List.of(level("FINANCES", 3))), "member",
				"voor volwassenen"));
		refusals.add(refused(samira, assessment("INTAKE", day.plusDays(1), List.of(level("FINANCES", 3))), "assessedOn",
				"in de toekomst"));
		refusals.add(refused(samira, assessment("INTAKE", LocalDate.of(1989, 4, 11), List.of(level("FINANCES", 3))),
				"assessedOn", "vóór de geboortedatum"));
		refusals
			.add(refused(samira, assessment("INTAKE", day, List.of(level("FINANCES", 3), Map.of("domain", "HOUSING"))),
					"scores[1].notAssessed", "met de reden"));
		refusals.add(refused(samira, assessment("INTAKE", day, List.of()), "scores", "minstens één leefgebied"));

		assertThat(refusals).allSatisfy(refusal -> assertThat(refusal).isEmpty());
		assertThat(fixtures.assessments(samira)).isZero();
		assertThat(fixtures.assessments(yassin)).isZero();
	}

	@Test
	void aCorrectionIsAnAmendedVersionWithItsReasonAndTheOriginalIsKept() throws Exception {
		fixtures.assess(caseId, samira, "casemanager",
				assessment("INTAKE", day, List.of(level("FINANCES", 2), level("HOUSING", 3))));
		UUID original = UUID.fromString(versions().get(0).get("id").asString());
		Map<String, Object> corrected = assessment("INTAKE", day, List.of(level("FINANCES", 1), level("HOUSING", 3)));

		MockHttpServletResponse withoutReason = amend(original, corrected, " ");
		MockHttpServletResponse amended = amend(original, corrected, "Schulden bleken hoger: er ligt een beslag.");
		MockHttpServletResponse again = amend(original, corrected, "Nog een keer");
		MockHttpServletResponse inPlace = cases.api(HttpMethod.PUT,
				"/api/v1/cases/" + caseId + "/assessments/" + original, "casemanager", corrected);

		assertThat(withoutReason.getStatus()).isEqualTo(400);
		assertThat(withoutReason.getContentAsString()).contains("amendmentReason", "Zeg waarom");
		assertThat(amended.getStatus()).isEqualTo(201);
		assertThat(again.getStatus()).isEqualTo(409);
		assertThat(again.getContentAsString()).contains("Corrigeer de nieuwste versie");
		assertThat(inPlace.getStatus()).isEqualTo(409);
		assertThat(inPlace.getContentAsString()).contains("Een opgeslagen meting verandert niet");
		List<JsonNode> versions = versions();
		assertThat(versions).hasSize(2);
		assertThat(score(versions.get(0), "FINANCES").get("level").asInt()).as("the original as it was").isEqualTo(2);
		assertThat(versions.get(0).get("amendedBy").asString()).isEqualTo(versions.get(1).get("id").asString());
		assertThat(versions.get(1).get("amends").asString()).isEqualTo(original.toString());
		assertThat(versions.get(1).get("amendmentReason").asString()).startsWith("Schulden bleken hoger");
		assertThat(score(versions.get(1), "FINANCES").get("level").asInt()).isEqualTo(1);
	}

	@Test
	void justiceNotesAreReadOnlyByTheCaseManagerAndTheBackup() throws Exception {
		Map<String, Object> justice = level("JUSTICE", 3);
		justice.put("note", "Taakstraf loopt nog tot het voorjaar.");
		fixtures.assess(caseId, samira, "casemanager",
				assessment("INTAKE", day, List.of(level("FINANCES", 2), justice)));

		assertThat(justiceNote("casemanager")).isEqualTo("Taakstraf loopt nog tot het voorjaar.");
		assertThat(justiceNote("teamleider")).as("the team leader works the case, but is not its backup").isNull();
		assertThat(justiceNote("kernteamlid")).as("second visitor, not yet the backup").isNull();
		fixtures.nadiaBecomesBackup(caseId);
		assertThat(justiceNote("kernteamlid")).isEqualTo("Taakstraf loopt nog tot het voorjaar.");
	}

	@Test
	void eachReadOfTheMatrixIsReportedOnceNamingTheMemberAndARefusedOneNot() throws Exception {
		int before = reads();
		int aboutSamiraBefore = readsAbout(samira);

		cases.api(HttpMethod.GET, "/api/v1/cases/" + caseId + "/members/" + samira + "/assessments", "casemanager",
				null);
		MockHttpServletResponse refused = cases.api(HttpMethod.GET,
				"/api/v1/cases/" + caseId + "/members/" + samira + "/assessments", "teamassistent", null);

		assertThat(refused.getStatus()).isEqualTo(403);
		assertThat(reads() - before).isEqualTo(1);
		assertThat(readsAbout(samira) - aboutSamiraBefore).isEqualTo(1);
	}

	private String refused(UUID member, Map<String, Object> body, String field, String dutch) throws Exception {
		MockHttpServletResponse response = fixtures.assess(caseId, member, "casemanager", body);
		JsonNode problem = cases.read(response.getContentAsString());
		if (response.getStatus() != 400) {
			return field + ": status " + response.getStatus() + " " + response.getContentAsString();
		}
		boolean named = problem.get("invalidParams")
			.valueStream()
			.anyMatch(param -> param.get("name").asString().equals(field)
					&& param.get("reason").asString().contains(dutch));
		return named ? "" : field + ": " + problem.get("invalidParams");
	}

	private MockHttpServletResponse amend(UUID original, Map<String, Object> corrected, String reason)
			throws Exception {
		Map<String, Object> body = new LinkedHashMap<>(corrected);
		body.put("amendmentReason", reason);
		return cases.api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/assessments/" + original + "/amendments",
				"casemanager", body);
	}

	private List<JsonNode> versions() throws Exception {
		return cases
			.read(cases.api(HttpMethod.GET, "/api/v1/cases/" + caseId + "/members/" + samira + "/assessments",
					"casemanager", null)
				.getContentAsString())
			.valueStream()
			.toList();
	}

	private String justiceNote(String username) throws Exception {
		JsonNode all = cases.read(cases
			.api(HttpMethod.GET, "/api/v1/cases/" + caseId + "/members/" + samira + "/assessments", username, null)
			.getContentAsString());
		JsonNode note = score(all.get(0), "JUSTICE").get("note");
		return note == null || note.isNull() ? null : note.asString();
	}

	private static JsonNode score(JsonNode assessment, String domain) {
		return assessment.get("scores")
			.valueStream()
			.filter(score -> score.get("domain").asString().equals(domain))
			.findFirst()
			.orElseThrow();
	}

	private int readsAbout(UUID member) {
		return jdbc.sql("""
				select count(*) from audit_entry e join audit_subject_key k on k.pseudonym = e.member_pseudonym
				where k.subject_id = :member and e.kind = 'READ' and e.resource = 'assessment'""")
			.param("member", member)
			.query(Integer.class)
			.single();
	}

	private int reads() {
		return jdbc.sql("""
				select count(*) from audit_entry e join audit_subject_key k on k.pseudonym = e.subject_pseudonym
				join case_file c on c.household_id = k.subject_id
				where c.id = :c and e.kind = 'READ' and e.resource = 'assessment'""")
			.param("c", caseId)
			.query(Integer.class)
			.single();
	}

}
