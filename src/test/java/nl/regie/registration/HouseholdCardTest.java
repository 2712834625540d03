package nl.regie.registration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import nl.regie.RegieTest;

import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;

import static nl.regie.registration.RegistrationFixtures.assessment;
import static nl.regie.registration.RegistrationFixtures.level;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The household card through the API: the same card as the screen, under the case's own
 * access rule, one audit entry per card read.
 */
@RegieTest
class HouseholdCardTest extends RegistrationSetUp {

	@Test
	void theCardShowsTheMembersTheirAgesAndTheLatestMatrixAndIsReadOnceInTheAuditLog() throws Exception {
		fixtures.assess(caseId, fixtures.member(caseId, "Samira"), "casemanager",
				assessment("INTAKE", day, List.of(level("FINANCES", 2))));
		int before = reads();

		MockHttpServletResponse response = cases.api(HttpMethod.GET, "/api/v1/cases/" + caseId + "/household-card",
				"casemanager", null);
		MockHttpServletResponse refused = cases.api(HttpMethod.GET, "/api/v1/cases/" + caseId + "/household-card",
				"teamassistent", null);

		assertThat(response.getStatus()).isEqualTo(200);
		JsonNode card = cases.read(response.getContentAsString());
		assertThat(card.get("members")
			.valueStream()
			.map(m -> m.get("givenName").asString() + ":" + m.get("adult").asBoolean()))
			.containsExactlyInAnyOrder("Samira:true", "Yassin:false");
		assertThat(card.get("latestLevels").get(0).get("levels").get("FINANCES").asInt()).isEqualTo(2);
		assertThat(refused.getStatus()).isEqualTo(403);
		assertThat(reads() - before).isEqualTo(1);
	}

	@Test
	void membersJoinAndLeaveWithADayAndTheHistoryIsKept() throws Exception {
		UUID yassin = fixtures.member(caseId, "Yassin");
		MockHttpServletResponse born = cases.api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/members", "casemanager",
				Map.of("givenName", "Noor", "familyName", "Proef", "dateOfBirth", day.minusDays(3).toString(),
						"relation", "CHILD", "joinedOn", day.minusDays(3).toString(), "joinedHow", "BIRTH"));
		MockHttpServletResponse tooEarly = cases.api(HttpMethod.POST,
				"/api/v1/cases/" + caseId + "/members/" + yassin + "/leaving", "casemanager",
				Map.of("leftOn", "2010-01-01", "leftHow", "MOVED_OUT"));
		MockHttpServletResponse left = cases.api(HttpMethod.POST,
				"/api/v1/cases/" + caseId + "/members/" + yassin + "/leaving", "casemanager",
				Map.of("leftOn", day.toString(), "leftHow", "MOVED_OUT"));

		assertThat(born.getStatus()).isEqualTo(201);
		assertThat(tooEarly.getStatus()).isEqualTo(400);
		assertThat(tooEarly.getContentAsString()).contains("leftOn", "niet vertrekken vóór de dag");
		assertThat(left.getStatus()).isEqualTo(204);
		JsonNode card = cases
			.read(cases.api(HttpMethod.GET, "/api/v1/cases/" + caseId + "/household-card", "casemanager", null)
				.getContentAsString());
		assertThat(card.get("members").valueStream().map(m -> m.get("givenName").asString()))
			.containsExactlyInAnyOrder("Samira", "Noor");
		JsonNode history = cases
			.read(cases.api(HttpMethod.GET, "/api/v1/cases/" + caseId + "/members", "casemanager", null)
				.getContentAsString());
		assertThat(history.valueStream()
			.filter(m -> m.get("memberId").asString().equals(yassin.toString()))
			.findFirst()
			.orElseThrow()
			.get("leftOn")
			.asString()).isEqualTo(day.toString());
		assertThat(history).hasSize(3);
	}

	@Test
	void theCardShowsTheOpenAgreementsOfThePlanAndTheNextThingsDueSoonestFirst() throws Exception {
		Map<String, Object> owner = Map.of("rung", "HOUSEHOLD");
		List<Map<String, Object>> actions = List.of(
				Map.of("what", "Post openen met de buurvrouw", "kind", "OWN_INTERVENTION", "owner", owner, "dueOn",
						day.plusDays(21).toString()),
				Map.of("what", "Formulieren verzamelen", "kind", "OWN_INTERVENTION", "owner", owner, "dueOn",
						day.plusDays(7).toString(), "status", "DONE"));
		Map<String, Object> plan = Map.of("madeOn", day.toString(), "ownWords", "Rust in de post", "goals",
				List.of(Map.of("domain", "FINANCES", "target", "Overzicht", "urgent", true, "actions", actions)));
		Map<String, Object> body = new HashMap<>();
		body.put("version", null);
		body.put("plan", plan);
		assertThat(cases.api(HttpMethod.PUT, "/api/v1/cases/" + caseId + "/plan", "casemanager", body).getStatus())
			.isEqualTo(200);

		JsonNode card = cases
			.read(cases.api(HttpMethod.GET, "/api/v1/cases/" + caseId + "/household-card", "casemanager", null)
				.getContentAsString());
		String screen = mvc.perform(get("/cases/" + caseId + "/card").cookie(cases.session("casemanager")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		JsonNode agreements = card.get("agreements");
		assertThat(agreements.get("version").asInt()).isEqualTo(1);
		assertThat(agreements.get("agreedOn").isNull()).isTrue();
		assertThat(agreements.get("open")
			.valueStream()
			.map(a -> a.get("what").asString() + ":" + a.get("dueOn").asString()))
			.containsExactly("Post openen met de buurvrouw:" + day.plusDays(21));
		List<String> due = card.get("nextDue").valueStream().map(d -> d.get("dueOn").asString()).toList();
		assertThat(due).isSorted().hasSizeLessThanOrEqualTo(HouseholdCardQuery.NEXT_DUE);
		assertThat(
				card.get("nextDue").valueStream().map(d -> d.get("kind").asString() + ":" + d.get("dueOn").asString()))
			.contains("MATRIX_INTAKE:" + day.plusWeeks(4));
		assertThat(screen)
			.contains("Post openen met de buurvrouw", "Het huishouden zelf", "nog niet met het huishouden afgesproken",
					"Zelfredzaamheid-Matrix bij de intake")
			.doesNotContain("Formulieren verzamelen");
	}

	@Test
	void aCaseWithoutAPlanSaysSoOnTheCard() throws Exception {
		JsonNode card = cases
			.read(cases.api(HttpMethod.GET, "/api/v1/cases/" + caseId + "/household-card", "casemanager", null)
				.getContentAsString());

		assertThat(card.get("agreements").isNull()).isTrue();
		assertThat(mvc.perform(get("/cases/" + caseId + "/card").cookie(cases.session("casemanager")))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Nog geen plan van aanpak.");
	}

	private int reads() {
		return jdbc.sql("""
				select count(*) from audit_entry e join audit_subject_key k on k.pseudonym = e.subject_pseudonym
				join case_file c on c.household_id = k.subject_id
				where c.id = :c and e.kind = 'READ' and e.resource = 'household-card'""")
			.param("c", caseId)
			.query(Integer.class)
			.single();
	}

}
