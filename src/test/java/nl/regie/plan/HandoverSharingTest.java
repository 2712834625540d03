package nl.regie.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.regie.RegieTest;

import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;

import static nl.regie.plan.PlanFixtures.action;
import static nl.regie.plan.PlanFixtures.goal;
import static nl.regie.plan.PlanFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Legal basis first (issue 10): a warm handover or a referral out takes information out
 * of the team, so the action that makes it records its act of sharing with a legal basis,
 * once; without one, or on a consent that does not hold for it, nothing is saved.
 */
@RegieTest
class HandoverSharingTest extends PlanSetUp {

	static final String GGZ = "GGZ Centrum West";

	@Test
	void aReferralOutWithoutALegalBasisIsRefusedAndNothingIsSaved() throws Exception {
		MockHttpServletResponse refused = fixtures.save(caseId, null, planWith(referralOut(null)));

		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(refused.getContentAsString()).contains("goals[0].actions[0].sharing.legalBasis");
		assertThat(fixtures.versionRows(caseId)).isZero();
		assertThat(sharingActs()).isZero();
	}

	@Test
	void aReferralOutOnTheTeamsLegalTaskRecordsItsActOfSharingOnce() throws Exception {
		assertThat(fixtures.save(caseId, null, planWith(referralOut(Map.of("legalBasis", "LEGAL_TASK")))).getStatus())
			.isEqualTo(200);

		assertThat(jdbc.sql("select kind || ' ' || recipient || ' ' || legal_basis from sharing_act where case_id = :c")
			.param("c", caseId)
			.query(String.class)
			.single()).isEqualTo("REFERRAL_OUT " + GGZ + " LEGAL_TASK");

		Map<String, Object> again = fixtures.editable(caseId);
		again.put("ownWords", "Rust, en hulp voor mijn hoofd.");
		assertThat(fixtures.save(caseId, 1, again).getStatus()).isEqualTo(200);
		assertThat(sharingActs()).as("the same action shares once").isEqualTo(1);
	}

	@Test
	void consentAsTheBasisNeedsAConsentForTheReferralThatHolds() throws Exception {
		MockHttpServletResponse noConsent = fixtures.save(caseId, null,
				planWith(referralOut(Map.of("legalBasis", "CONSENT"))));
		assertThat(noConsent.getStatus()).isEqualTo(400);
		assertThat(noConsent.getContentAsString()).contains("goals[0].actions[0].sharing.consentId");

		UUID consent = consentToReferOut();
		MockHttpServletResponse onConsent = fixtures.save(caseId, null,
				planWith(referralOut(Map.of("legalBasis", "CONSENT", "consentId", consent.toString()))));

		assertThat(onConsent.getStatus()).as(onConsent.getContentAsString()).isEqualTo(200);
		assertThat(jdbc.sql("select consent_id from sharing_act where case_id = :c")
			.param("c", caseId)
			.query(UUID.class)
			.single()).isEqualTo(consent);
	}

	@Test
	void theScreenNamesTheMissingBasisAtItsField() throws Exception {
		fixtures.save(caseId, null,
				plan(today, "Rust.", List.of(goal("MENTAL_HEALTH", "Hulp voor mijn hoofd", false))));
		String goalId = fixtures.plan(caseId).get("plan").get("goals").get(0).get("id").asString();

		String page = mvc
			.perform(post("/cases/" + caseId + "/plan/actions").cookie(fixtures.cases.session("casemanager"))
				.with(csrf())
				.param("version", "1")
				.param("goalId", goalId)
				.param("what", "Aanmelden bij de GGZ")
				.param("kind", "REFERRAL_OUT")
				.param("owner.rung", "PROFESSIONAL")
				.param("owner.name", GGZ)
				.param("whyNotCloser", "Behandeling is specialistisch")
				.param("dueOn", today.plusDays(14).toString()))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("id=\"action-sharing-legalBasis-error\"");
		assertThat(fixtures.versionRows(caseId)).isEqualTo(1);
		assertThat(sharingActs()).isZero();
	}

	private Map<String, Object> planWith(Map<String, Object> action) {
		return plan(today, "Rust in mijn hoofd.",
				List.of(goal("MENTAL_HEALTH", "Hulp voor mijn hoofd", false, action)));
	}

	private Map<String, Object> referralOut(Map<String, Object> sharing) {
		Map<String, Object> action = action("Aanmelden bij de GGZ", "PROFESSIONAL", GGZ, today.plusDays(14));
		action.put("kind", "REFERRAL_OUT");
		if (sharing != null) {
			action.put("sharing", sharing);
		}
		return action;
	}

	private UUID consentToReferOut() throws Exception {
		UUID samira = fixtures.cases.memberOf(caseId, "Samira");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("memberId", samira.toString());
		body.put("purpose", "REFERRAL_OUT");
		body.put("information", "Wat speelt rond haar gezondheid");
		body.put("recipient", GGZ);
		body.put("purposeNote", "Aanmelding voor behandeling");
		body.put("givenOn", today.toString());
		body.put("givenHow", "SIGNED");
		MockHttpServletResponse given = fixtures.cases.api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/consents",
				"casemanager", body);
		assertThat(given.getStatus()).as(given.getContentAsString()).isEqualTo(201);
		return UUID.fromString(fixtures.cases.read(given.getContentAsString()).get("id").asString());
	}

	private int sharingActs() {
		return jdbc.sql("select count(*) from sharing_act where case_id = :c and kind <> 'TEAM_COORDINATION'")
			.param("c", caseId)
			.query(Integer.class)
			.single();
	}

}
