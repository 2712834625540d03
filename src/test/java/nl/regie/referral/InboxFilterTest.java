package nl.regie.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.regie.RegieTest;

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

/**
 * Each test works in a team of its own, so the counts are exactly its referrals.
 */
@RegieTest
class InboxFilterTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	PasswordEncoder passwords;

	ReferralFixtures fixtures;

	String teamLeader;

	UUID geuzenveldByDwi;

	UUID osdorpByNeighbourWaitingLong;

	UUID declinedLongAgo;

	@BeforeEach
	void aTeamWithThreeReferrals() throws Exception {
		fixtures = new ReferralFixtures(mvc, jdbc, json, passwords);
		teamLeader = fixtures.teamLeaderOfAnotherTeam(false);
		geuzenveldByDwi = fixtures.recordedBy(teamLeader,
				asNewHousehold(singleMotherWithDebtsReferredByWorkAndIncome(validBsn())));
		Map<String, Object> neighbour = asNewHousehold(singleMotherWithDebtsReferredByWorkAndIncome(validBsn()));
		ReferralFixtures.referrer(neighbour).put("type", "NEIGHBOUR");
		ReferralFixtures.household(neighbour).put("postcode", "1069AA");
		osdorpByNeighbourWaitingLong = receivedDaysAgo(fixtures.recordedBy(teamLeader, neighbour), 20);
		declinedLongAgo = receivedDaysAgo(fixtures.recordedBy(teamLeader,
				asNewHousehold(singleMotherWithDebtsReferredByWorkAndIncome(validBsn()))), 30);
		fixtures.api(HttpMethod.PUT, "/api/v1/referrals/" + declinedLongAgo + "/screening", teamLeader,
				screeningThatFits());
		Map<String, Object> decline = decision(0, "DECLINE", "Past niet.");
		decline.put("declineReason", "OTHER");
		decline.put("advice", "Sociaal loket.");
		fixtures.api(HttpMethod.POST, "/api/v1/referrals/" + declinedLongAgo + "/decisions", teamLeader, decline);
	}

	@Test
	void inboxCountsReferralsPerStatusAndSignalsThoseWaitingTooLong() throws Exception {
		JsonNode inbox = inbox("");

		assertThat(inbox.get("countsByStatus").get("RECEIVED").asInt()).isEqualTo(2);
		assertThat(inbox.get("countsByStatus").get("DECLINED").asInt()).isEqualTo(1);
		assertThat(inbox.get("waitingTooLong").asInt()).as("declined referrals wait no more").isEqualTo(1);
		mvc.perform(get("/referrals").cookie(fixtures.session(teamLeader)))
			.andExpect(content().string(containsString("1 aanmelding wacht langer dan 7 dagen.")))
			.andExpect(content().string(containsString("wacht al 20 dagen")));
	}

	@Test
	void inboxFiltersByStatusReferrerTypeAreaAndWaitingTime() throws Exception {
		assertThat(ids(inbox("status=DECLINED"))).containsExactly(declinedLongAgo.toString());
		assertThat(ids(inbox("referrerType=NEIGHBOUR"))).containsExactly(osdorpByNeighbourWaitingLong.toString());
		assertThat(ids(inbox("area=" + area("Geuzenveld-Slotermeer"))))
			.containsExactlyInAnyOrder(geuzenveldByDwi.toString(), declinedLongAgo.toString());
		assertThat(ids(inbox("waitingLongerThanDays=14"))).containsExactly(osdorpByNeighbourWaitingLong.toString());
	}

	@Test
	void negativeWaitingTimeIsRefusedInDutch() throws Exception {
		String answer = fixtures.api(HttpMethod.GET, "/api/v1/referrals?waitingLongerThanDays=-1", teamLeader, Map.of())
			.getContentAsString();

		assertThat(answer).contains("waitingLongerThanDays", "Vul 0 of meer dagen in.");
		mvc.perform(get("/referrals").param("waitingLongerThanDays", "-1").cookie(fixtures.session(teamLeader)))
			.andExpect(content().string(containsString("Vul 0 of meer dagen in.")));
	}

	private JsonNode inbox(String query) throws Exception {
		return fixtures.read(
				fixtures.api(HttpMethod.GET, "/api/v1/referrals?" + query, teamLeader, Map.of()).getContentAsString());
	}

	private static List<String> ids(JsonNode inbox) {
		List<String> ids = new ArrayList<>();
		inbox.get("referrals").forEach(referral -> ids.add(referral.get("id").asString()));
		return ids;
	}

	private UUID receivedDaysAgo(UUID referral, int days) {
		jdbc.sql("update referral set received_on = received_on - :days where id = :id")
			.param("days", days)
			.param("id", referral)
			.update();
		return referral;
	}

	private UUID area(String name) {
		return jdbc.sql("select id from area where name = :n").param("n", name).query(UUID.class).single();
	}

	/**
	 * The same invented mother is recorded by other tests in the shared database (another
	 * team's household with her name and date of birth): this test is about the inbox, so
	 * it answers the duplicate question up front.
	 */
	private static Map<String, Object> asNewHousehold(Map<String, Object> referral) {
		referral.put("newHousehold", true);
		return referral;
	}

}
