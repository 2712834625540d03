package nl.regie.plan;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The owner ladder and its nudge: before an action goes to a professional, the network
 * and nearer provisions are offered and the case manager says why not; someone marked "do
 * not contact" is never offered nor accepted; the municipality's ladder decides which
 * rungs exist; the share of actions per rung and the professional organisations per plan
 * and per team; bad input is refused whole.
 */
@RegieTest
@SuppressWarnings("unchecked")
class PlanLadderTest extends PlanSetUp {

	@Autowired
	LadderSettings ladders;

	@Test
	void aDoNotContactPersonIsNeverOffered() throws Exception {
		UUID aunt = fixtures.networkPerson(caseId, "FAMILY", "Tante Fatima", "Kookt soms", true);
		UUID neighbour = fixtures.networkPerson(caseId, "NEIGHBOUR", "Buurvrouw Els", "Past op Yassin", false);
		fixtures.save(caseId, null, plan(today, "Rust.", List.of(goal("FINANCES", "Overzicht", true))));

		JsonNode suggestions = fixtures.cases.read(
				fixtures.cases
					.api(HttpMethod.GET, "/api/v1/cases/" + caseId + "/plan/owner-suggestions?lifeDomain=FINANCES",
							"casemanager", null)
					.getContentAsString());
		String page = mvc.perform(get("/cases/" + caseId + "/plan").cookie(fixtures.cases.session("casemanager")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		MockHttpServletResponse refused = fixtures.save(caseId, 1, plan(today, "Rust.",
				List.of(goal("FINANCES", "Overzicht", true, action("Post ophalen", "OWN_NETWORK", aunt, today)))));

		assertThat(suggestions.get("network").valueStream().map(c -> c.get("label").asString()))
			.containsExactly("Buurvrouw Els");
		assertThat(page).contains("Buurvrouw Els").doesNotContain("Tante Fatima");
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(refused.getContentAsString()).contains("goals[0].actions[0].owner.networkPersonId",
				"plan.action.owner.person.notOfferable");
		assertThat(fixtures.save(caseId, 1,
				plan(today, "Rust.", List
					.of(goal("FINANCES", "Overzicht", true, action("Post ophalen", "OWN_NETWORK", neighbour, today)))))
			.getStatus()).isEqualTo(200);
		assertThat(fixtures.plan(caseId)
			.get("plan")
			.get("goals")
			.get(0)
			.get("actions")
			.get(0)
			.get("owner")
			.get("name")
			.asString()).isEqualTo("Buurvrouw Els");
	}

	@Test
	void anActionForAProfessionalFirstShowsWhoIsCloserAndAsksWhyNot() throws Exception {
		fixtures.networkPerson(caseId, "NEIGHBOUR", "Buurvrouw Els", "Past op Yassin", false);
		fixtures.save(caseId, null, plan(today, "Rust.", List.of(goal("FINANCES", "Overzicht", true))));
		UUID goalId = UUID.fromString(fixtures.plan(caseId).get("plan").get("goals").get(0).get("id").asString());

		String asked = mvc
			.perform(post("/cases/" + caseId + "/plan/actions").cookie(fixtures.cases.session("casemanager"))
				.with(csrf())
				.param("version", "1")
				.param("goalId", goalId.toString())
				.param("what", "Schuldhulp aanvragen")
				.param("kind", "WARM_HANDOVER")
				.param("owner.rung", "PROFESSIONAL")
				.param("owner.name", "Schuldhulp Amsterdam")
				.param("dueOn", today.plusDays(14).toString()))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(asked).contains("Eerst dichterbij kijken", "Eigen netwerk: Buurvrouw Els",
				"Gaat dit naar een professional? Kijk eerst wie dichterbij het kan doen");
		assertThat(fixtures.versionRows(caseId)).isEqualTo(1);

		mvc.perform(post("/cases/" + caseId + "/plan/actions").cookie(fixtures.cases.session("casemanager"))
			.with(csrf())
			.param("version", "1")
			.param("goalId", goalId.toString())
			.param("what", "Schuldhulp aanvragen")
			.param("kind", "WARM_HANDOVER")
			.param("owner.rung", "PROFESSIONAL")
			.param("owner.name", "Schuldhulp Amsterdam")
			.param("whyNotCloser", "Geen steunend netwerk voor geldzaken")
			.param("sharing.legalBasis", "LEGAL_TASK")
			.param("dueOn", today.plusDays(14).toString()));

		JsonNode saved = fixtures.plan(caseId).get("plan").get("goals").get(0).get("actions").get(0);
		assertThat(saved.get("kind").asString()).isEqualTo("WARM_HANDOVER");
		assertThat(saved.get("whyNotCloser").asString()).isEqualTo("Geen steunend netwerk voor geldzaken");
	}

	@Test
	void aCollectiveProvisionOfTheSocialMapIsOfferedAndCarriesAnActionOnItsOwnRung() throws Exception {
		UUID municipality = jdbc.sql("select municipality_id from case_file where id = :c")
			.param("c", caseId)
			.query(UUID.class)
			.single();
		UUID provision = UUID.randomUUID();
		String name = "Formulierenhulp " + provision.toString().substring(0, 8);
		jdbc.sql("""
				insert into social_map_provision (id, municipality_id, organisation, name, kind, changed_at, changed_by)
				values (:id, :m, 'Buurthuis De Meeuw', :name, 'COLLECTIVE', now(), :id)""")
			.param("id", provision)
			.param("m", municipality)
			.param("name", name)
			.update();
		jdbc.sql("insert into social_map_provision_domain (provision_id, life_domain_code) values (:id, 'FINANCES')")
			.param("id", provision)
			.update();
		try {
			fixtures.save(caseId, null, plan(today, "Rust.", List.of(goal("FINANCES", "Overzicht", true))));
			JsonNode suggestions = fixtures.cases.read(
					fixtures.cases
						.api(HttpMethod.GET, "/api/v1/cases/" + caseId + "/plan/owner-suggestions?lifeDomain=FINANCES",
								"casemanager", null)
						.getContentAsString());
			Map<String, Object> asProfessional = action("Formulieren invullen", "PROFESSIONAL", null, today);
			((Map<String, Object>) asProfessional.get("owner")).put("provisionId", provision.toString());
			Map<String, Object> asCollective = action("Formulieren invullen", "COLLECTIVE", null, today);
			((Map<String, Object>) asCollective.get("owner")).put("provisionId", provision.toString());

			MockHttpServletResponse otherRung = fixtures.save(caseId, 1,
					plan(today, "Rust.", List.of(goal("FINANCES", "Overzicht", true, asProfessional))));
			MockHttpServletResponse saved = fixtures.save(caseId, 1,
					plan(today, "Rust.", List.of(goal("FINANCES", "Overzicht", true, asCollective))));

			assertThat(suggestions.get("provisions").valueStream().map(option -> option.get("name").asString()))
				.contains(name);
			assertThat(otherRung.getStatus()).isEqualTo(400);
			assertThat(otherRung.getContentAsString()).contains("plan.action.owner.provision.otherRung");
			assertThat(saved.getStatus()).isEqualTo(200);
			assertThat(fixtures.plan(caseId)
				.get("plan")
				.get("goals")
				.get(0)
				.get("actions")
				.get(0)
				.get("owner")
				.get("name")
				.asString()).isEqualTo(name + " (Buurthuis De Meeuw)");
		}
		finally {
			jdbc.sql("delete from social_map_provision where id = :id").param("id", provision).update();
		}
	}

	@Test
	void theMunicipalityDecidesTheRungsOfTheLadderAndTheirOrder() throws Exception {
		UUID municipality = jdbc.sql("select municipality_id from case_file where id = :c")
			.param("c", caseId)
			.query(UUID.class)
			.single();
		LadderSettings.Ladder before = ladders.of(municipality);
		try {
			ladders.save(municipality,
					List.of(OwnerRung.HOUSEHOLD, OwnerRung.COLLECTIVE, OwnerRung.OWN_NETWORK, OwnerRung.PROFESSIONAL),
					true, before.version());

			assertThat(ladders.of(municipality).rungs()).containsExactly(OwnerRung.HOUSEHOLD, OwnerRung.COLLECTIVE,
					OwnerRung.OWN_NETWORK, OwnerRung.PROFESSIONAL);
			MockHttpServletResponse volunteer = fixtures.save(caseId, null, plan(today, "Rust.", List
				.of(goal("FINANCES", "Overzicht", true, action("Formulieren", "VOLUNTEER", "Humanitas", today)))));
			assertThat(volunteer.getStatus()).isEqualTo(400);
			assertThat(volunteer.getContentAsString()).contains("plan.action.owner.notOnLadder");
			assertThat(fixtures.plan(caseId).get("ladder").valueStream().map(JsonNode::asString))
				.containsExactly("HOUSEHOLD", "COLLECTIVE", "OWN_NETWORK", "PROFESSIONAL");
		}
		finally {
			jdbc.sql("delete from plan_setting where municipality_id = :m").param("m", municipality).update();
		}
	}

	@Test
	void aLadderWithoutTheProfessionalIsRefusedOnTheScreenAndNothingIsSaved() throws Exception {
		UUID municipality = jdbc.sql("select municipality_id from user_account where username = 'beheerder'")
			.query(UUID.class)
			.single();

		String page = mvc
			.perform(post("/admin/plan-ladder").cookie(fixtures.cases.session("beheerder"))
				.with(csrf())
				.param("version", "0")
				.param("rungs[0]", "HOUSEHOLD")
				.param("rungs[1]", "")
				.param("reciprocity", "false"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Zet elke eigenaar er hooguit één keer in, en altijd de professional.");
		assertThat(ladders.of(municipality)).isEqualTo(LadderSettings.Ladder.DEFAULT);
	}

	@Test
	void theShareOfActionsPerRungAndTheProfessionalOrganisationsAreCountedPerPlanAndPerTeam() throws Exception {
		UUID neighbour = fixtures.networkPerson(caseId, "NEIGHBOUR", "Buurvrouw Els", null, false);
		Map<String, Object> dropped = action("Bellen met de bank", "PROFESSIONAL", "ING", today);
		dropped.put("status", "DROPPED");
		dropped.put("droppedReason", "Niet meer nodig");
		fixtures.save(caseId, null, plan(today, "Rust.",
				List.of(goal("FINANCES", "Overzicht", true, action("Post openen", "HOUSEHOLD", null, today),
						action("Meelezen", "OWN_NETWORK", neighbour, today),
						action("Schuldhulp", "PROFESSIONAL", "Schuldhulp Amsterdam", today), dropped),
						goal("HOUSING", "Woning", true,
								action("Urgentie", "PROFESSIONAL", "schuldhulp  amsterdam", today),
								action("Woningcorporatie", "PROFESSIONAL", "Ymere", today)))));

		JsonNode figures = fixtures.plan(caseId);

		assertThat(figures.get("figures").get("actions").asInt()).isEqualTo(5);
		assertThat(figures.get("figures").get("perRung").get("PROFESSIONAL").asInt()).isEqualTo(3);
		assertThat(figures.get("percentPerRung").get("PROFESSIONAL").asInt()).isEqualTo(60);
		assertThat(figures.get("percentPerRung").get("HOUSEHOLD").asInt()).isEqualTo(20);
		assertThat(figures.get("figures").get("organisations").asInt()).as("Schuldhulp Amsterdam once, Ymere")
			.isEqualTo(2);
		String team = mvc.perform(get("/team/plans").cookie(fixtures.cases.session("teamleider")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(team).contains("Waar de plannen van het team op rusten", "professionele organisaties");
	}

	@Test
	void theTeamsFiguresCountThePlansOfTheCasesItWorksNowNotOfAScaledUpOne() throws Exception {
		fixtures.save(caseId, null,
				plan(today, "Rust.",
						List.of(goal("FINANCES", "Overzicht", true, action("Post openen", "HOUSEHOLD", null, today),
								action("Schuldhulp", "PROFESSIONAL", "Schuldhulp Amsterdam", today)))));
		String before = teamPlans();

		String scaledUp = mvc
			.perform(post("/cases/" + caseId + "/scale-up").cookie(fixtures.cases.session("casemanager"))
				.with(csrf())
				.param("reason", "Jeugdbescherming neemt het over na een kinderbeschermingsmaatregel.")
				.param("version", String.valueOf(caseVersion())))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		assertThat(scaledUp).isEqualTo("/cases/" + caseId);
		assertThat(teamPlans()).isEqualTo(fewer(before, 1, 2));
	}

	@Test
	void aPlanMadeInTheFollowUpWatchIsNotAmongThePlansTheTeamWorks() throws Exception {
		String before = teamPlans();
		// closed into the follow-up watch before the plan was made; the steps of closing
		// are
		// proved in the case file's own tests
		jdbc.sql("update case_file set stage = 'FOLLOW_UP', closed_on = :today where id = :c")
			.param("today", today)
			.param("c", caseId)
			.update();

		MockHttpServletResponse made = fixtures.save(caseId, null, plan(today, "Rust.",
				List.of(goal("FINANCES", "Overzicht", true, action("Post openen", "HOUSEHOLD", null, today)))));

		assertThat(made.getStatus()).as(made.getContentAsString()).isBetween(200, 201);
		assertThat(teamPlans()).isEqualTo(before);
	}

	/** "12 plannen, 40 acties" with one plan and its actions fewer. */
	private static String fewer(String figures, int plans, int actions) {
		Matcher numbers = Pattern.compile("(\\d+) plan(?:nen)?, (\\d+) acties?").matcher(figures);
		assertThat(numbers.find()).as(figures).isTrue();
		int plansLeft = Integer.parseInt(numbers.group(1)) - plans;
		int actionsLeft = Integer.parseInt(numbers.group(2)) - actions;
		String plansText = switch (plansLeft) {
			case 0 -> "Nog geen plannen";
			case 1 -> "1 plan";
			default -> plansLeft + " plannen";
		};
		String actionsText = switch (actionsLeft) {
			case 0 -> "geen acties";
			case 1 -> "1 actie";
			default -> actionsLeft + " acties";
		};
		return plansText + ", " + actionsText + " (gestopte niet meegeteld).";
	}

	private String teamPlans() throws Exception {
		String page = mvc.perform(get("/team/plans").cookie(fixtures.cases.session("teamleider")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher intro = Pattern.compile("data-testid=\"team-plans\">([^<]+)<").matcher(page);
		assertThat(intro.find()).as(page).isTrue();
		return intro.group(1);
	}

	private int caseVersion() {
		return jdbc.sql("select version from case_file where id = :c").param("c", caseId).query(Integer.class).single();
	}

	@Test
	void badInputIsRefusedWithAClearMessageAndNothingIsSaved() throws Exception {
		fixtures.save(caseId, null, plan(today, "Rust.", List.of()));
		Map<String, Object> withoutOwner = action("Post openen", "HOUSEHOLD", null, today);
		withoutOwner.remove("owner");

		MockHttpServletResponse refused = fixtures.save(caseId, 1,
				plan(today, "Rust.",
						List.of(goal("FINANCES", "Overzicht", true, withoutOwner,
								action("Bellen", "HOUSEHOLD", null, today.minusDays(1))),
								goal("ASTROLOGY", "Sterren", false), goal("MENTAL_HEALTH", "Rust", true))));

		assertThat(refused.getStatus()).isEqualTo(400);
		JsonNode problems = fixtures.cases.read(refused.getContentAsString()).get("invalidParams");
		assertThat(problems.valueStream().map(p -> p.get("name").asString() + " " + p.get("code").asString()))
			.containsExactlyInAnyOrder("goals[0].actions[0].owner.rung plan.action.owner.missing",
					"goals[0].actions[1].dueOn plan.action.dueOn.beforePlan",
					"goals[1].domain plan.goal.domain.unknown", "goals[2].urgent plan.goal.urgent.notPractical");
		assertThat(problems.get(0).get("reason").asString()).isNotBlank();
		assertThat(fixtures.versionRows(caseId)).isEqualTo(1);
		assertThat(fixtures.plan(caseId).get("plan").get("goals")).isEmpty();
	}

}
