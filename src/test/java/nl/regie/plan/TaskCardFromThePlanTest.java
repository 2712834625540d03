package nl.regie.plan;

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

import static nl.regie.plan.PlanFixtures.action;
import static nl.regie.plan.PlanFixtures.goal;
import static nl.regie.plan.PlanFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * From the plan to a task card without typing it twice: an open action a volunteer
 * carries offers its card, which starts with the action's task and due date and stays
 * linked to it; an action a professional carries, or one that is done, makes no card.
 */
@RegieTest
class TaskCardFromThePlanTest extends PlanSetUp {

	UUID volunteerAction;

	UUID professionalAction;

	@BeforeEach
	void aPlanWithAVolunteersActionAndAProfessionalsAction() throws Exception {
		MockHttpServletResponse saved = fixtures.save(caseId, null,
				plan(today, "Weer zelf de boodschappen kunnen doen.",
						List.of(goal("FINANCES", "Boodschappen binnen het budget", false,
								action("Samen boodschappen doen", "VOLUNTEER", "Vriendendienst", today.plusWeeks(6)),
								action("Schuldhulp aanvragen", "PROFESSIONAL", "Schuldhulp Amsterdam", today)))));
		assertThat(saved.getStatus()).as(saved.getContentAsString()).isBetween(200, 201);
		JsonNode actions = fixtures.plan(caseId).get("plan").get("goals").get(0).get("actions");
		volunteerAction = UUID.fromString(actions.get(0).get("id").asString());
		professionalAction = UUID.fromString(actions.get(1).get("id").asString());
	}

	@Test
	void aVolunteersOpenActionStartsItsTaskCardWhichStaysLinkedToIt() throws Exception {
		String planPage = page("/cases/" + caseId + "/plan");
		assertThat(planPage).contains("action=" + volunteerAction).doesNotContain("action=" + professionalAction);

		String form = page("/cases/" + caseId + "/task-cards?action=" + volunteerAction);
		assertThat(form).contains("hoort bij een actie uit het plan", ">Samen boodschappen doen</textarea>",
				"value=\"" + today.plusWeeks(6) + "\"", "name=\"planActionId\" value=\"" + volunteerAction + "\"");

		MockHttpServletResponse made = makeCard(volunteerAction);

		assertThat(made.getStatus()).as(made.getContentAsString()).isEqualTo(201);
		assertThat(jdbc.sql("select plan_action_id from task_card where case_id = :c")
			.param("c", caseId)
			.query(UUID.class)
			.single()).isEqualTo(volunteerAction);
		assertThat(page("/cases/" + caseId + "/task-cards")).contains("Bij een actie uit het plan");
	}

	@Test
	void aProfessionalsActionMakesNoTaskCardAndNothingIsSaved() throws Exception {
		assertThat(page("/cases/" + caseId + "/task-cards?action=" + professionalAction))
			.contains("niet meer open of wordt niet door een vrijwilliger");

		MockHttpServletResponse refused = makeCard(professionalAction);

		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(refused.getContentAsString()).contains("\"name\":\"planActionId\"");
		assertThat(jdbc.sql("select count(*) from task_card where case_id = :c")
			.param("c", caseId)
			.query(Integer.class)
			.single()).isZero();
	}

	private MockHttpServletResponse makeCard(UUID planAction) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("volunteerId",
				jdbc.sql("select id from user_account where username = 'vrijwilliger'")
					.query(UUID.class)
					.single()
					.toString());
		body.put("consentId", consentForTaskCards().toString());
		body.put("memberId", fixtures.cases.memberOf(caseId, "Samira").toString());
		body.put("task", "Samen boodschappen doen");
		body.put("place", "Albert Heijn Plein '40-'45");
		body.put("when", "dinsdagen 10–12 uur");
		body.put("concernContact", "Wijkteam, 020 555 0199");
		body.put("validUntil", today.plusWeeks(6).toString());
		body.put("planActionId", planAction.toString());
		return fixtures.cases.api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/task-cards", "casemanager", body);
	}

	private UUID consentForTaskCards() throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("memberId", fixtures.cases.memberOf(caseId, "Samira").toString());
		body.put("purpose", "TASK_CARD");
		body.put("information", "Voornaam en wanneer de boodschappen zijn.");
		body.put("recipient", "Vrijwilliger van de Vriendendienst");
		body.put("purposeNote", "Samen boodschappen doen.");
		body.put("givenOn", today.toString());
		body.put("givenHow", "SIGNED");
		MockHttpServletResponse given = fixtures.cases.api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/consents",
				"casemanager", body);
		assertThat(given.getStatus()).as(given.getContentAsString()).isEqualTo(201);
		return UUID.fromString(fixtures.cases.read(given.getContentAsString()).get("id").asString());
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path).cookie(fixtures.cases.session("casemanager")))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
