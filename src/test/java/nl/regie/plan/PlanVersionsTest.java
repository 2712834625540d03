package nl.regie.plan;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import nl.regie.RegieTest;

import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;

import static nl.regie.plan.PlanFixtures.action;
import static nl.regie.plan.PlanFixtures.goal;
import static nl.regie.plan.PlanFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every saved change is a new version; the history says what changed between versions, by
 * whom; a change made on a version that is no longer current (someone saved in between,
 * or an old version) is refused with what changed since, and nothing is overwritten.
 */
@RegieTest
class PlanVersionsTest extends PlanSetUp {

	@Test
	void everySavedChangeIsANewVersionAndTheHistorySaysWhatChanged() throws Exception {
		assertThat(fixtures.save(caseId, null, plan(today, "Ik wil rust in mijn hoofd.", List.of())).getStatus())
			.isEqualTo(200);
		assertThat(fixtures.save(caseId, 1,
				plan(today, "Ik wil rust in mijn hoofd.",
						List.of(goal("FINANCES", "Geen nieuwe schulden", true,
								action("Post samen openen", "HOUSEHOLD", null, today.plusDays(7))),
								goal("SOCIAL_NETWORK", "Iemand om mee te praten", false))))
			.getStatus()).isEqualTo(200);
		Map<String, Object> third = fixtures.editable(caseId);
		List<Map<String, Object>> goals = goals(third);
		Map<String, Object> post = actions(goals.get(0)).get(0);
		post.put("status", "DONE");
		goals.remove(1);
		goals.get(0).put("target", "Geen nieuwe schulden en de huur betaald");
		actions(goals.get(0)).add(action("Budgetcoach zoeken", "VOLUNTEER", "Humanitas", today.plusDays(14)));

		assertThat(fixtures.save(caseId, 2, third).getStatus()).isEqualTo(200);

		assertThat(fixtures.versionRows(caseId)).isEqualTo(3);
		JsonNode versions = fixtures.versions(caseId);
		assertThat(versions.get(0).get("version").asInt()).isEqualTo(3);
		assertThat(versions.get(0).get("savedBy").asString()).isEqualTo("Jeroen Smit");
		assertThat(changes(versions.get(0))).containsExactlyInAnyOrder(
				"GOAL CHANGED Geen nieuwe schulden en de huur betaald [target]",
				"GOAL REMOVED Iemand om mee te praten []", "ACTION CHANGED Post samen openen [status]",
				"ACTION ADDED Budgetcoach zoeken []");
		assertThat(changes(versions.get(1))).containsExactlyInAnyOrder("GOAL ADDED Geen nieuwe schulden []",
				"GOAL ADDED Iemand om mee te praten []", "ACTION ADDED Post samen openen []");
		String history = mvc
			.perform(get("/cases/" + caseId + "/plan/history").cookie(fixtures.cases.session("casemanager")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(history).contains("Versie 3, door Jeroen Smit", "Doel weggehaald: Iemand om mee te praten",
				"Actie gewijzigd: Post samen openen (status)");
	}

	@Test
	void theSecondOfTwoWorkersSavingAtOnceIsToldWhatChangedAndNothingIsOverwritten() throws Exception {
		fixtures.save(caseId, null,
				plan(today, "Een eigen plek voor mij en Yassin.", List.of(goal("HOUSING", "Een eigen woning", true))));
		Map<String, Object> first = fixtures.editable(caseId);
		Map<String, Object> second = fixtures.editable(caseId);
		actions(goals(first).get(0)).add(action("Inschrijven bij Woningnet", "HOUSEHOLD", null, today.plusDays(3)));
		goals(second).get(0).put("target", "Een woning in Noord");

		MockHttpServletResponse won = fixtures.save(caseId, 1, first);
		MockHttpServletResponse lost = fixtures.save(caseId, 1, second);

		assertThat(won.getStatus()).isEqualTo(200);
		assertThat(lost.getStatus()).isEqualTo(409);
		JsonNode problem = fixtures.cases.read(lost.getContentAsString());
		assertThat(problem.get("detail").asString()).contains("versie 1", "versie 2", "Jeroen Smit");
		assertThat(problem.get("changes").get(0).get("subject").asString()).isEqualTo("ACTION");
		assertThat(problem.get("changes").get(0).get("label").asString()).isEqualTo("Inschrijven bij Woningnet");
		assertThat(fixtures.versionRows(caseId)).isEqualTo(2);
		assertThat(fixtures.plan(caseId).get("plan").get("goals").get(0).get("target").asString())
			.isEqualTo("Een eigen woning");
	}

	@Test
	void aChangeToAnOldVersionIsRefusedOnTheScreenWithWhatChangedSince() throws Exception {
		fixtures.save(caseId, null, plan(today, "Rust.", List.of(goal("FINANCES", "Overzicht van de schulden", true))));
		Map<String, Object> second = fixtures.editable(caseId);
		goals(second).get(0).put("urgent", false);
		fixtures.save(caseId, 1, second);

		String page = mvc
			.perform(post("/cases/" + caseId + "/plan/goals").cookie(fixtures.cases.session("casemanager"))
				.with(csrf())
				.param("version", "1")
				.param("domain", "HOUSING")
				.param("target", "Een woning")
				.param("urgent", "false"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("U wijzigde versie 1, maar het plan is intussen versie 2",
				"Doel gewijzigd: Overzicht van de schulden (voorrang)");
		assertThat(fixtures.versionRows(caseId)).isEqualTo(2);
	}

	@Test
	void theDayTheHouseholdAgreedIsRecordedOnTheVersionAndOnlyOnTheCurrentOne() throws Exception {
		fixtures.save(caseId, null, plan(today, "Rust.", List.of()));
		fixtures.save(caseId, 1, plan(today, "Rust in mijn hoofd.", List.of()));

		MockHttpServletResponse old = fixtures.cases.api(HttpMethod.POST,
				"/api/v1/cases/" + caseId + "/plan/agreements", "casemanager",
				Map.of("version", 1, "agreedOn", today.toString()));
		MockHttpServletResponse current = fixtures.cases.api(HttpMethod.POST,
				"/api/v1/cases/" + caseId + "/plan/agreements", "casemanager",
				Map.of("version", 2, "agreedOn", today.toString()));

		assertThat(old.getStatus()).isEqualTo(409);
		assertThat(current.getStatus()).isEqualTo(204);
		JsonNode versions = fixtures.versions(caseId);
		assertThat(versions.get(0).get("agreedOn").asString()).isEqualTo(today.toString());
		assertThat(versions.get(1).get("agreedOn").isNull()).isTrue();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> goals(Map<String, Object> plan) {
		return (List<Map<String, Object>>) plan.get("goals");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> actions(Map<String, Object> goal) {
		return (List<Map<String, Object>>) goal.get("actions");
	}

	private static List<String> changes(JsonNode version) {
		return version.get("changes")
			.valueStream()
			.map(change -> change.get("subject").asString() + " " + change.get("how").asString() + " "
					+ change.get("label").asString() + " "
					+ change.get("parts").valueStream().map(JsonNode::asString).toList())
			.toList();
	}

}
