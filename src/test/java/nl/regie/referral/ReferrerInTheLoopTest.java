package nl.regie.referral;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import nl.regie.RegieTest;
import nl.regie.demo.DemoMailServer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static nl.regie.referral.ReferralFixtures.decision;
import static nl.regie.referral.ReferralFixtures.screeningThatFits;
import static nl.regie.referral.ReferralFixtures.singleMotherWithDebtsReferredByWorkAndIncome;
import static nl.regie.referral.ReferralFixtures.validBsn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

@RegieTest
class ReferrerInTheLoopTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	DemoMailServer mail;

	ReferralFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ReferralFixtures(mvc, jdbc, json, passwords);
	}

	@Test
	void withoutTheHouseholdsConsentTheReferrersMessagesStopAtReceived() throws Exception {
		Map<String, Object> referral = singleMotherWithDebtsReferredByWorkAndIncome(validBsn());
		referral.put("consentToInformReferrer", false);
		UUID id = fixtures.recorded(referral);

		accept(id);

		assertThat(kinds(id)).containsExactly("RECEIVED");
	}

	@Test
	void aLetterInTheReferrersLanguageIsEmailedOnceAndRecordedWithHow() throws Exception {
		Map<String, Object> referral = singleMotherWithDebtsReferredByWorkAndIncome(validBsn());
		@SuppressWarnings("unchecked")
		Map<String, Object> referrer = (Map<String, Object>) referral.get("referrer");
		referrer.put("language", "EN");
		UUID id = fixtures.recorded(referral);
		UUID message = jdbc.sql("select id from referrer_message where referral_id = :r")
			.param("r", id)
			.query(UUID.class)
			.single();
		String address = "referrer." + UUID.randomUUID().toString().substring(0, 8) + "@regie.example";
		String path = "/api/v1/referrals/" + id + "/referrer-messages/" + message + "/emails";

		assertThat(fixtures.api(HttpMethod.POST, path, "teamassistent", Map.of("emailAddress", address)).getStatus())
			.isEqualTo(204);
		assertThat(fixtures.api(HttpMethod.POST, path, "teamassistent", Map.of("emailAddress", address)).getStatus())
			.as("sent once")
			.isEqualTo(409);

		assertThat(mail.received()).filteredOn(letter -> letter.to().equals(address))
			.singleElement()
			.satisfies(letter -> {
				assertThat(letter.subject()).startsWith("Your referral of");
				assertThat(letter.text()).startsWith("Dear M. de Boer (klantmanager),");
			});
		assertThat(jdbc.sql("select sent_how || ' ' || sent_to from referrer_message where id = :m")
			.param("m", message)
			.query(String.class)
			.single()).isEqualTo("EMAIL " + address);
	}

	@Test
	void withConsentTheReferrerHearsTheDecisionInDutch() throws Exception {
		UUID id = fixtures.recorded(singleMotherWithDebtsReferredByWorkAndIncome(validBsn()));

		accept(id);

		assertThat(kinds(id)).containsExactly("RECEIVED", "ACCEPTED");
		assertThat(jdbc.sql("select text from referrer_message where referral_id = :r and kind = 'ACCEPTED'")
			.param("r", id)
			.query(String.class)
			.single()).startsWith("Beste M. de Boer (klantmanager),").contains("geaccepteerd");
	}

	@Test
	void declineMessageCarriesTheAdviceOrWhatTheTeamLeaderWrote() throws Exception {
		UUID id = fixtures.recorded(singleMotherWithDebtsReferredByWorkAndIncome(validBsn()));
		fixtures.api(HttpMethod.PUT, "/api/v1/referrals/" + id + "/screening", "teamleider", screeningThatFits());
		Map<String, Object> decline = decision(0, "DECLINE", "Eén probleem: schulden.");
		decline.put("declineReason", "OTHER_SERVICE_FITS_BETTER");
		decline.put("advice", "Schuldhulpverlening van de gemeente, wij dragen warm over.");
		fixtures.api(HttpMethod.POST, "/api/v1/referrals/" + id + "/decisions", "teamleider", decline);

		assertThat(jdbc.sql("select text from referrer_message where referral_id = :r and kind = 'DECLINED'")
			.param("r", id)
			.query(String.class)
			.single()).contains("Ons advies: Schuldhulpverlening van de gemeente, wij dragen warm over.");
	}

	@Test
	void sendingIsRecordedWithTimeAndSenderAndOpenItemsShowInTheInbox() throws Exception {
		UUID id = fixtures.recorded(singleMotherWithDebtsReferredByWorkAndIncome(validBsn()));
		UUID message = jdbc.sql("select id from referrer_message where referral_id = :r")
			.param("r", id)
			.query(UUID.class)
			.single();
		mvc.perform(get("/referrals").cookie(fixtures.session("teamassistent")))
			.andExpect(content().string(containsString("aanmelders moeten nog worden geïnformeerd")));

		String path = "/api/v1/referrals/" + id + "/referrer-messages/" + message + "/sent";
		assertThat(fixtures.api(HttpMethod.POST, path, "teamassistent", Map.of()).getStatus()).isEqualTo(204);
		assertThat(fixtures.api(HttpMethod.POST, path, "teamassistent", Map.of()).getStatus()).isEqualTo(409);

		assertThat(fixtures
			.api(HttpMethod.GET, "/api/v1/referrals/" + id + "/referrer-messages", "teamassistent", Map.of())
			.getContentAsString()).contains("\"sentBy\":\"Sevda Aydın\"");
	}

	@Test
	void eachSentMessageRecordsItsLegalBasisTheAcknowledgementTheLegalTaskTheDecisionConsent() throws Exception {
		UUID id = fixtures.recorded(singleMotherWithDebtsReferredByWorkAndIncome(validBsn()));
		accept(id);
		for (String kind : List.of("RECEIVED", "ACCEPTED")) {
			assertThat(fixtures
				.api(HttpMethod.POST, "/api/v1/referrals/" + id + "/referrer-messages/" + message(id, kind) + "/sent",
						"teamassistent", Map.of())
				.getStatus()).isEqualTo(204);
		}

		assertThat(jdbc.sql("select kind || ' ' || legal_basis from referrer_message where referral_id = :r")
			.param("r", id)
			.query(String.class)
			.list()).containsExactlyInAnyOrder("RECEIVED LEGAL_TASK", "ACCEPTED CONSENT");
		mvc.perform(get("/referrals/" + id).cookie(fixtures.session("teamassistent")))
			.andExpect(content().string(containsString("Grondslag: Wettelijke taak")))
			.andExpect(content().string(containsString("Grondslag: Toestemming om het beroepsgeheim op te heffen")));
	}

	@Test
	void consentGivenLaterPreparesTheMessageAboutWhereTheReferralStandsAndWithdrawingRemovesIt() throws Exception {
		Map<String, Object> referral = singleMotherWithDebtsReferredByWorkAndIncome(validBsn());
		referral.put("consentToInformReferrer", false);
		UUID id = fixtures.recorded(referral);
		accept(id);

		consent(id, true);
		assertThat(kinds(id)).containsExactly("RECEIVED", "ACCEPTED");
		consent(id, true);
		assertThat(kinds(id)).as("no second message").containsExactly("RECEIVED", "ACCEPTED");

		consent(id, false);
		assertThat(kinds(id)).containsExactly("RECEIVED");
	}

	private UUID message(UUID referralId, String kind) {
		return jdbc.sql("select id from referrer_message where referral_id = :r and kind = :k")
			.param("r", referralId)
			.param("k", kind)
			.query(UUID.class)
			.single();
	}

	private void consent(UUID id, boolean given) throws Exception {
		assertThat(fixtures
			.api(HttpMethod.PUT, "/api/v1/referrals/" + id + "/consent", "teamassistent",
					Map.of("consentToInformReferrer", given))
			.getStatus()).isEqualTo(204);
	}

	private void accept(UUID id) throws Exception {
		fixtures.api(HttpMethod.PUT, "/api/v1/referrals/" + id + "/screening", "teamleider", screeningThatFits());
		assertThat(fixtures
			.api(HttpMethod.POST, "/api/v1/referrals/" + id + "/decisions", "teamleider",
					decision(0, "ACCEPT", "Past bij het team."))
			.getStatus()).isEqualTo(201);
	}

	private List<String> kinds(UUID referral) {
		return jdbc.sql("select kind from referrer_message where referral_id = :r order by prepared_at, kind desc")
			.param("r", referral)
			.query(String.class)
			.list();
	}

}
