package nl.regie.referral;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.regie.RegieTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static nl.regie.ApiTestSupport.bearerTokenFor;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@RegieTest
class ReferralApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void teamLeaderReadsTheTeamsReferralsWithABearerToken() throws Exception {
		// Other tests add referrals to the demo team, so count what is there now.
		int total = jdbc
			.sql("""
					select count(*) from referral where team_id = (select team_id from user_account where username = 'teamleider')""")
			.query(Integer.class)
			.single();

		mvc.perform(get("/api/v1/referrals").header("Authorization", bearerTokenFor(mvc, "teamleider")))
			.andExpect(status().isOk())
			.andExpect(header().string("API-Version", "1.0.0"))
			.andExpect(jsonPath("$.page.totalElements").value(total))
			.andExpect(jsonPath("$.referrals", hasSize(Math.min(total, 25))))
			.andExpect(jsonPath("$.referrals[*].referrer.type", hasItem("WORK_AND_INCOME")))
			.andExpect(jsonPath("$.referrals[*].lifeDomains[*]", hasItem("FINANCES")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "vrijwilliger", "casemanager", "beleid", "beheerder", "huishouden", "specialist" })
	void onlyTheTeamLeaderAndAssistantsOfTheTeamSeeReferrals(String username) throws Exception {
		mvc.perform(get("/api/v1/referrals").header("Authorization", bearerTokenFor(mvc, username)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Geen toegang"));
	}

	@Test
	void withoutATokenTheApiAnswersUnauthenticatedAsProblemJson() throws Exception {
		mvc.perform(get("/api/v1/referrals"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("API-Version", "1.0.0"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void aMadeUpTokenIsRefused() throws Exception {
		mvc.perform(get("/api/v1/referrals").header("Authorization", "Bearer made-up"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void wrongPasswordForATokenIsAProblemInTheCallersLanguage() throws Exception {
		mvc.perform(MockMvcRequestBuilders.post("/api/v1/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en")
			.content("{\"username\":\"teamleider\",\"password\":\"wrong\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Wrong username or password."));
	}

	@Test
	void aTokenRequestWithoutPasswordListsTheInvalidField() throws Exception {
		mvc.perform(MockMvcRequestBuilders.post("/api/v1/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"teamleider\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.invalidParams[0].name").value("password"))
			.andExpect(jsonPath("$.invalidParams[0].reason").value("Vul dit veld in."));
	}

}
