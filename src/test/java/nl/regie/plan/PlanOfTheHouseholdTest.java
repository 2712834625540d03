package nl.regie.plan;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import nl.regie.RegieTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import static nl.regie.plan.PlanFixtures.action;
import static nl.regie.plan.PlanFixtures.goal;
import static nl.regie.plan.PlanFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The plan belongs to the household: a family's own plan from an Eigen Kracht conference
 * is recorded as the plan, with the conference's date and coordinator and the family's
 * own words; what the household gives back is asked only where the municipality switched
 * reciprocity on, and never required.
 */
@RegieTest
class PlanOfTheHouseholdTest extends PlanSetUp {

	@Autowired
	LadderSettings ladders;

	@Test
	void aFamilysOwnPlanFromAConferenceIsRecordedAsThePlan() throws Exception {
		Map<String, Object> own = plan(today, "Wij zorgen samen dat Yassin elke dag naar school gaat.",
				List.of(goal("SOCIAL_NETWORK", "Oma haalt Yassin op dinsdag en donderdag", false,
						action("Ophalen uit school", "HOUSEHOLD", null, today.plusDays(7)))));
		own.put("origin", "FAMILY_GROUP_CONFERENCE");
		own.put("conferenceOn", today.minusDays(3).toString());

		MockHttpServletResponse withoutCoordinator = fixtures.save(caseId, null, own);
		own.put("coordinator", "Anja de Vries (Eigen Kracht Centrale)");
		MockHttpServletResponse recorded = fixtures.save(caseId, null, own);

		assertThat(withoutCoordinator.getStatus()).isEqualTo(400);
		assertThat(withoutCoordinator.getContentAsString()).contains("plan.coordinator.missing");
		assertThat(recorded.getStatus()).isEqualTo(200);
		JsonNode plan = fixtures.plan(caseId).get("plan");
		assertThat(plan.get("origin").asString()).isEqualTo("FAMILY_GROUP_CONFERENCE");
		assertThat(plan.get("ownWords").asString()).isEqualTo("Wij zorgen samen dat Yassin elke dag naar school gaat.");
		String page = mvc.perform(get("/cases/" + caseId + "/plan").cookie(fixtures.cases.session("casemanager")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("De familie zelf (Eigen Kracht-conferentie)", "Anja de Vries (Eigen Kracht Centrale)",
				"Wij zorgen samen dat Yassin elke dag naar school gaat.");
	}

	@Test
	void whatTheHouseholdGivesBackIsAskedOnlyWhereTheMunicipalitySwitchedItOn() throws Exception {
		Map<String, Object> plan = plan(today, "Rust.", List.of());
		plan.put("contributesBack", "Ik help de buurvrouw met haar boodschappen.");
		MockHttpServletResponse off = fixtures.save(caseId, null, plan);
		String pageOff = page();
		UUID municipality = jdbc.sql("select municipality_id from case_file where id = :c")
			.param("c", caseId)
			.query(UUID.class)
			.single();
		try {
			ladders.save(municipality, List.of(OwnerRung.values()), true, ladders.of(municipality).version());

			MockHttpServletResponse on = fixtures.save(caseId, null, plan);

			assertThat(off.getStatus()).isEqualTo(400);
			assertThat(off.getContentAsString()).contains("plan.contributesBack.off");
			assertThat(pageOff).doesNotContain("Wat het huishouden teruggeeft");
			assertThat(on.getStatus()).isEqualTo(200);
			assertThat(page()).contains("Wat het huishouden teruggeeft", "Ik help de buurvrouw met haar boodschappen.");
		}
		finally {
			jdbc.sql("delete from plan_setting where municipality_id = :m").param("m", municipality).update();
		}
		assertThat(page()).as("switched off again").doesNotContain("Ik help de buurvrouw");
	}

	private String page() throws Exception {
		return mvc.perform(get("/cases/" + caseId + "/plan").cookie(fixtures.cases.session("casemanager")))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
