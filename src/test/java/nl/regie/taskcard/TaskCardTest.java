package nl.regie.taskcard;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.regie.MutableClock;
import nl.regie.RegieTest;
import nl.regie.casefile.CaseFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A volunteer sees only their own task cards, with only what the task needs, and nothing
 * without the household's consent; withdrawing the consent ends the card.
 */
@RegieTest
class TaskCardTest {

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

	UUID samira;

	UUID volunteer;

	LocalDate today;

	@BeforeEach
	void samiraWouldLikeHelpWithTheShoppingFromAVolunteer() throws Exception {
		clock.reset();
		fixtures = new CaseFixtures(mvc, jdbc, json, clock);
		caseId = fixtures.singleMotherWithSchoolProblemsAccepted().caseId();
		fixtures.assign(caseId, "Jeroen Smit", "Frank de Wit", null);
		samira = jdbc.sql("""
				select m.id from household_member m join case_file c on c.household_id = m.household_id
				where c.id = :c and m.given_name = 'Samira'""").param("c", caseId).query(UUID.class).single();
		volunteer = accountId("vrijwilliger");
		today = LocalDate.now(clock);
	}

	@Test
	void withoutTheHouseholdsConsentThereIsNoTaskCard() throws Exception {
		MockHttpServletResponse refused = make(card(volunteer, null, today.plusMonths(1)));

		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(refused.getContentAsString()).contains("\"name\":\"consentId\"");
		assertThat(cardsOfTheCase()).isZero();
	}

	@Test
	void theVolunteerSeesOnlyWhatTheTaskNeedsAndNotTheFile() throws Exception {
		UUID consent = consentForTaskCards(null);
		assertThat(make(card(volunteer, consent, today.plusMonths(1))).getStatus()).isEqualTo(201);

		JsonNode mine = myCards("vrijwilliger");
		JsonNode card = mine.valueStream()
			.filter(c -> c.get("task").asString().contains(marker))
			.findFirst()
			.orElseThrow();
		assertThat(card.get("firstName").asString()).isEqualTo("Samira");
		assertThat(card.propertyNames()).doesNotContain("caseId", "householdId", "familyName", "consentId");
		assertThat(card.toString()).doesNotContain(caseId.toString());
		assertThat(mvc.perform(get("/cases/" + caseId).cookie(fixtures.session("vrijwilliger")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from sharing_act where case_id = :c and kind = 'TASK_CARD'")
			.param("c", caseId)
			.query(Long.class)
			.single()).as("the sharing is recorded with its basis").isEqualTo(1);
	}

	@Test
	void withdrawingTheConsentEndsTheTaskCard() throws Exception {
		UUID consent = consentForTaskCards(null);
		UUID card = id(make(card(volunteer, consent, today.plusMonths(1))));
		assertThat(volunteerOpens(card)).isEqualTo(200);

		fixtures.api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/consents/" + consent + "/withdrawal", "casemanager",
				Map.of("withdrawnOn", today.toString()));

		assertThat(volunteerOpens(card)).isEqualTo(404);
		assertThat(myCards("vrijwilliger").toString()).doesNotContain(marker);
		assertThat(jdbc.sql("select revoked_because from task_card where id = :id")
			.param("id", card)
			.query(String.class)
			.single()).isEqualTo("CONSENT_WITHDRAWN");
	}

	@Test
	void aTaskCardCannotOutliveItsConsent() throws Exception {
		UUID consent = consentForTaskCards(today.plusDays(10));

		MockHttpServletResponse refused = make(card(volunteer, consent, today.plusDays(20)));

		assertThat(refused.getContentAsString()).contains("\"name\":\"validUntil\"");
		assertThat(cardsOfTheCase()).isZero();
	}

	@Test
	void anotherVolunteersCardAnswersAsUnknown() throws Exception {
		String other = "vrijwilliger-" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/admin/accounts").cookie(fixtures.session("beheerder"))
			.with(csrf())
			.param("username", other)
			.param("displayName", "Andere Vrijwilliger")
			.param("password", "een-lang-wachtwoord-1")
			.param("roles", "VOLUNTEER")
			.param("teamId", fixtures.demoTeam().toString()));
		UUID card = id(make(card(accountId(other), consentForTaskCards(null), today.plusMonths(1))));

		assertThat(volunteerOpens(card)).isEqualTo(404);
		assertThat(myCards("vrijwilliger").toString()).doesNotContain(marker);
	}

	@Test
	void aRevokedCardIsGoneForTheVolunteer() throws Exception {
		UUID card = id(make(card(volunteer, consentForTaskCards(null), today.plusMonths(1))));

		mvc.perform(post("/cases/{c}/task-cards/{id}/revocation", caseId, card).cookie(fixtures.session("casemanager"))
			.with(csrf()));

		assertThat(volunteerOpens(card)).isEqualTo(404);
	}

	private final String marker = "Boodschappen " + UUID.randomUUID().toString().substring(0, 6);

	private Map<String, Object> card(UUID volunteerId, UUID consent, LocalDate until) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("volunteerId", volunteerId.toString());
		body.put("consentId", consent == null ? null : consent.toString());
		body.put("memberId", samira.toString());
		body.put("task", marker + " doen met Samira");
		body.put("place", "Albert Heijn Plein '40-'45");
		body.put("when", "dinsdagen 10–12 uur");
		body.put("concernContact", "Wijkteam, 020 555 0199");
		body.put("validUntil", until.toString());
		return body;
	}

	private UUID consentForTaskCards(LocalDate until) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("memberId", samira.toString());
		body.put("purpose", "TASK_CARD");
		body.put("information", "Voornaam en wanneer de boodschappen zijn.");
		body.put("recipient", "Vrijwilliger van de Vriendendienst");
		body.put("purposeNote", "Samen boodschappen doen.");
		body.put("givenOn", today.toString());
		body.put("givenHow", "SIGNED");
		body.put("validUntil", until == null ? null : until.toString());
		return id(fixtures.api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/consents", "casemanager", body));
	}

	private MockHttpServletResponse make(Map<String, Object> body) throws Exception {
		return fixtures.api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/task-cards", "casemanager", body);
	}

	private JsonNode myCards(String username) throws Exception {
		return fixtures.read(fixtures.api(HttpMethod.GET, "/api/v1/task-cards", username, null).getContentAsString());
	}

	private int volunteerOpens(UUID card) throws Exception {
		return mvc.perform(get("/task-cards/" + card).cookie(fixtures.session("vrijwilliger")))
			.andReturn()
			.getResponse()
			.getStatus();
	}

	private long cardsOfTheCase() {
		return jdbc.sql("select count(*) from task_card where case_id = :c")
			.param("c", caseId)
			.query(Long.class)
			.single();
	}

	private UUID accountId(String username) {
		return jdbc.sql("select id from user_account where username = :u")
			.param("u", username)
			.query(UUID.class)
			.single();
	}

	private UUID id(MockHttpServletResponse created) throws Exception {
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		return UUID.fromString(fixtures.read(created.getContentAsString()).get("id").asString());
	}

}
