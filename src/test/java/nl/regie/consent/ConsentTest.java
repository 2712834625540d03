package nl.regie.consent;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Legal basis first, consent where it is the basis: a consent per member with recipient,
 * purpose and how it was given; every act of sharing with its basis; withdrawing a
 * consent stops what rested on it; until a basis for sharing within the team is on
 * record, the wider team does not see the case.
 */
@RegieTest
class ConsentTest {

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

	LocalDate today;

	@BeforeEach
	void aCaseOfSamiraAndHerSonDiscussedInTheTeamMeeting() throws Exception {
		// A day of its own: a meeting's agenda is built once, so another test's meeting
		// on
		// the same day would not hold this case.
		clock.setToday(LocalDate.now(clock).plusDays(ThreadLocalRandom.current().nextInt(400, 4000)));
		fixtures = new CaseFixtures(mvc, jdbc, json, clock);
		caseId = fixtures.singleMotherWithSchoolProblemsAccepted().caseId();
		UUID meeting = fixtures.meetingToday(List.of("Jeroen Smit", "Frank de Wit"), null);
		MockHttpServletResponse assigned = fixtures.assign(caseId, "Jeroen Smit", "Frank de Wit", meeting);
		assertThat(assigned.getStatus()).as(assigned.getContentAsString()).isEqualTo(204);
		samira = jdbc.sql("""
				select m.id from household_member m join case_file c on c.household_id = m.household_id
				where c.id = :c and m.given_name = 'Samira'""").param("c", caseId).query(UUID.class).single();
		today = LocalDate.now(clock);
	}

	@AfterEach
	void realTimeAgain() {
		clock.reset();
	}

	@Test
	void aConsentIsRecordedPerMemberWithRecipientPurposeAndHowItWasGiven() throws Exception {
		MockHttpServletResponse given = give(
				consent("INFORM_REFERRER", "DWI, M. de Boer", "VERBAL_WITH_WITNESS", "Frank de Wit"));

		assertThat(given.getStatus()).isEqualTo(201);
		JsonNode consent = consents().get("consents").get(0);
		assertThat(consent.get("memberId").asString()).isEqualTo(samira.toString());
		assertThat(consent.get("recipient").asString()).isEqualTo("DWI, M. de Boer");
		assertThat(consent.get("witness").asString()).isEqualTo("Frank de Wit");
		assertThat(consent.get("holdsToday").asBoolean()).isTrue();
	}

	@Test
	void aConsentDatedInTheFutureWithoutRecipientOrPurposeOrWitnessIsRefusedWhole() throws Exception {
		Map<String, Object> broken = consent("TASK_CARD", " ", "VERBAL_WITH_WITNESS", null);
		broken.put("purposeNote", "");
		broken.put("givenOn", today.plusDays(1).toString());

		MockHttpServletResponse refused = give(broken);

		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(invalidParams(refused)).containsExactlyInAnyOrder("recipient", "purposeNote", "givenOn", "witness");
		assertThat(consents().get("consents")).isEmpty();
	}

	@Test
	void aConsentCannotBeWithdrawnBeforeItWasGiven() throws Exception {
		Map<String, Object> body = consent("TASK_CARD", "Buurtvrouw Ans", "SIGNED", null);
		body.put("givenOn", today.minusDays(3).toString());
		UUID consent = id(give(body));

		MockHttpServletResponse refused = withdraw(consent, today.minusDays(4));

		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(invalidParams(refused)).containsExactly("withdrawnOn");
		assertThat(consents().get("consents").get(0).get("withdrawnOn").isNull()).isTrue();
		assertThat(withdraw(consent, today).getStatus()).isEqualTo(204);
		assertThat(withdraw(consent, today).getStatus()).as("twice").isEqualTo(409);
	}

	@Test
	void withdrawingTheConsentToInformTheReferrerEndsTheReferrersUpdates() throws Exception {
		UUID consent = id(give(consent("INFORM_REFERRER", "DWI, M. de Boer", "SIGNED", null)));
		UUID referral = jdbc.sql("select referral_id from case_file where id = :c")
			.param("c", caseId)
			.query(UUID.class)
			.single();
		assertThat(referrerMayBeInformed(referral)).isTrue();

		withdraw(consent, today);

		assertThat(referrerMayBeInformed(referral)).isFalse();
		assertThat(jdbc.sql("""
				select count(*) from referrer_message
				where referral_id = :r and sent_at is null and kind <> 'RECEIVED'""")
			.param("r", referral)
			.query(Long.class)
			.single()).as("prepared, unsent updates removed").isZero();
	}

	@Test
	void sharingWithoutALegalBasisIsRefused() throws Exception {
		MockHttpServletResponse refused = share(sharing("REFERRAL_OUT", null, null, null));

		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(invalidParams(refused)).containsExactly("legalBasis");
		assertThat(consents().get("sharingActs")).isEmpty();
	}

	@Test
	void consentAsTheBasisMustBeOfThePurposeAndHoldOnTheDay() throws Exception {
		UUID forTheReferrer = id(give(consent("INFORM_REFERRER", "DWI", "SIGNED", null)));
		UUID forTheHandover = id(give(consent("WARM_HANDOVER", "Schuldhulp Nieuw-West", "SIGNED", null)));

		assertThat(invalidParams(share(sharing("WARM_HANDOVER", "CONSENT", forTheReferrer, null))))
			.as("another purpose")
			.containsExactly("consentId");
		assertThat(share(sharing("WARM_HANDOVER", "CONSENT", forTheHandover, null)).getStatus()).isEqualTo(201);
		withdraw(forTheHandover, today);
		assertThat(invalidParams(share(sharing("WARM_HANDOVER", "CONSENT", forTheHandover, null)))).as("withdrawn")
			.containsExactly("consentId");
	}

	@Test
	void aProfessionalsWeighingIsWrittenDownForTheRightToReport() throws Exception {
		assertThat(invalidParams(share(sharing("SAFETY_PARTNER", "RIGHT_TO_REPORT", null, " "))))
			.containsExactly("explanation");
		assertThat(
				share(sharing("SAFETY_PARTNER", "RIGHT_TO_REPORT", null, "Signalen van huiselijk geweld.")).getStatus())
			.isEqualTo(201);
	}

	@Test
	void untilABasisForSharingWithinTheTeamIsOnRecordTheCoreTeamSeesNoSummary() throws Exception {
		assertThat(summaryStatus()).isEqualTo(403);

		share(sharing("TEAM_COORDINATION", "LEGAL_TASK", null, null));

		assertThat(summaryStatus()).isEqualTo(200);
	}

	@Test
	void aWithdrawnConsentNoLongerCarriesTheTeamsSharing() throws Exception {
		UUID consent = id(give(consent("TEAM_COORDINATION", "Wijkteam", "SIGNED", null)));
		share(sharing("TEAM_COORDINATION", "CONSENT", consent, null));
		assertThat(summaryStatus()).isEqualTo(200);

		withdraw(consent, today);

		assertThat(summaryStatus()).isEqualTo(403);
	}

	@Test
	void myCasesRemindsTheCaseManagerAWeekAfterTheFirstContact() throws Exception {
		fixtures.api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/contacts", "casemanager",
				Map.of("contactOn", today.toString(), "type", "HOME_VISIT", "participants", "Jeroen Smit",
						"durationMinutes", 45, "note", "Eerste bezoek."));
		assertThat(dueOfMyCase()).contains("SHARING_BASIS");

		share(sharing("TEAM_COORDINATION", "LEGAL_TASK", null, null));

		assertThat(dueOfMyCase()).doesNotContain("SHARING_BASIS");
	}

	private int summaryStatus() throws Exception {
		return mvc.perform(get("/cases/" + caseId).cookie(fixtures.session("kernteamlid")))
			.andReturn()
			.getResponse()
			.getStatus();
	}

	/** The case's entry on Jeroen's "my cases": the next thing due and what else is. */
	private String dueOfMyCase() throws Exception {
		for (int page = 0; page < 50; page++) {
			JsonNode entries = fixtures
				.read(fixtures.api(HttpMethod.GET, "/api/v1/my-cases?page=" + page, "casemanager", null)
					.getContentAsString())
				.get("entries");
			for (JsonNode entry : entries) {
				if (entry.get("caseId").asString().equals(caseId.toString())) {
					return entry.get("dueKind").asString() + " " + entry.get("alsoDue");
				}
			}
			if (entries.isEmpty()) {
				break;
			}
		}
		throw new AssertionError("not on my cases");
	}

	private Map<String, Object> consent(String purpose, String recipient, String how, String witness) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("memberId", samira.toString());
		body.put("purpose", purpose);
		body.put("information", "Hoe het gaat met de aanpak van de schulden.");
		body.put("recipient", recipient);
		body.put("purposeNote", "Afstemmen wie wat doet.");
		body.put("givenOn", today.toString());
		body.put("givenHow", how);
		body.put("witness", witness);
		return body;
	}

	private static Map<String, Object> sharing(String kind, String basis, UUID consent, String explanation) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", kind);
		body.put("recipient", "Schuldhulp Nieuw-West");
		body.put("legalBasis", basis);
		body.put("consentId", consent == null ? null : consent.toString());
		body.put("explanation", explanation);
		return body;
	}

	private MockHttpServletResponse give(Map<String, Object> body) throws Exception {
		return fixtures.api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/consents", "casemanager", body);
	}

	private MockHttpServletResponse share(Map<String, Object> body) throws Exception {
		return fixtures.api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/sharing-acts", "casemanager", body);
	}

	private MockHttpServletResponse withdraw(UUID consent, LocalDate on) throws Exception {
		return fixtures.api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/consents/" + consent + "/withdrawal",
				"casemanager", Map.of("withdrawnOn", on.toString()));
	}

	private JsonNode consents() throws Exception {
		return fixtures.read(fixtures.api(HttpMethod.GET, "/api/v1/cases/" + caseId + "/consents", "casemanager", null)
			.getContentAsString());
	}

	private UUID id(MockHttpServletResponse created) throws Exception {
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		return UUID.fromString(fixtures.read(created.getContentAsString()).get("id").asString());
	}

	private List<String> invalidParams(MockHttpServletResponse response) throws Exception {
		return fixtures.read(response.getContentAsString())
			.get("invalidParams")
			.valueStream()
			.map(p -> p.get("name").asString())
			.toList();
	}

	private boolean referrerMayBeInformed(UUID referral) {
		return jdbc.sql("select consent_inform_referrer from referral where id = :r")
			.param("r", referral)
			.query(Boolean.class)
			.single();
	}

}
