package nl.regie.household;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.regie.ApiTestSupport;
import nl.regie.RegieTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Finding a household stays within need-to-know (DESIGN §5): a team finds the households
 * it has a referral or case of, by name (any part, any case, without diacritics), date of
 * birth, address or BSN, and never another team's; each household shown is a reported
 * read; other roles are refused.
 */
@RegieTest
class HouseholdSearchTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	UUID demoTeam;

	UUID otherTeam;

	String family;

	String ownNumber;

	String otherNumber;

	UUID ownHousehold;

	UUID otherHousehold;

	@BeforeEach
	void twoHouseholdsOfTheSameNameOneForEachTeam() {
		family = "Özdemir-" + UUID.randomUUID().toString().substring(0, 6);
		demoTeam = jdbc.sql("select id from team where name = 'Samen DOEN Geuzenveld-Slotermeer'")
			.query(UUID.class)
			.single();
		UUID municipality = jdbc.sql("select municipality_id from team where id = :t")
			.param("t", demoTeam)
			.query(UUID.class)
			.single();
		otherTeam = UUID.randomUUID();
		jdbc.sql("""
				insert into team (id, municipality_id, area_id, name)
				select :id, municipality_id, area_id, :name from team where id = :t""")
			.param("id", otherTeam)
			.param("name", "Ander team " + otherTeam)
			.param("t", demoTeam)
			.update();
		ownNumber = String.valueOf(1000 + (int) (Math.random() * 8000));
		otherNumber = ownNumber + "b";
		ownHousehold = household(municipality, demoTeam, "1064AB", ownNumber, "Ayşe", "1984-02-29");
		otherHousehold = household(municipality, otherTeam, "1064AB", otherNumber, "Ayşe", "1984-02-29");
	}

	@Test
	void theTeamFindsItsOwnHouseholdByPartOfTheNameWithoutDiacriticsAndNotAnotherTeams() throws Exception {
		search("teamleider", "{\"name\": \"AYSE ozdemir " + family.substring(8).toUpperCase() + "\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.households.length()").value(1))
			.andExpect(jsonPath("$.households[0].houseNumber").value(ownNumber))
			.andExpect(jsonPath("$.households[0].members[0].name").value("Ayşe " + family));
	}

	@Test
	void byDateOfBirthAndByPostcodeWithHouseNumberOnlyTheOwnTeamsHousehold() throws Exception {
		search("teamassistent", "{\"name\": \"" + family + "\", \"dateOfBirth\": \"1984-02-29\"}")
			.andExpect(jsonPath("$.households.length()").value(1));
		search("teamassistent", "{\"postcode\": \"1064 ab\", \"houseNumber\": \"" + otherNumber.toUpperCase() + "\"}")
			.andExpect(jsonPath("$.households.length()").value(0));
		search("teamassistent", "{\"postcode\": \"1064 ab\", \"houseNumber\": \"" + ownNumber + "\"}")
			.andExpect(jsonPath("$.households.length()").value(1));
	}

	@Test
	void everyHouseholdShownIsAReportedRead() throws Exception {
		search("teamleider", "{\"name\": \"" + family + "\"}").andExpect(status().isOk());

		assertThat(auditedReadsOf(ownHousehold)).singleElement().satisfies(read -> {
			assertThat(read.get("resource")).isEqualTo("household-search");
			assertThat(read.get("actor_role")).isEqualTo("TEAM_LEADER");
			assertThat(read.get("processing_activity")).isEqualTo("CASE_COORDINATION");
		});
		assertThat(auditedReadsOf(otherHousehold)).as("another team's household is not shown").isEmpty();
	}

	private List<Map<String, Object>> auditedReadsOf(UUID household) {
		return jdbc.sql("""
				select e.* from audit_entry e
				join audit_subject_key k on k.pseudonym = e.subject_pseudonym
				where k.subject_id = :h and e.kind = 'READ'""").param("h", household).query().listOfRows();
	}

	@Test
	void aSearchWithoutCriteriaSaysWhatToFillIn() throws Exception {
		search("teamleider", "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalidParams[*].reason",
					hasItem("Vul een naam, geboortedatum, postcode of BSN in om op te zoeken.")));
	}

	@Test
	void otherRolesAreRefused() throws Exception {
		for (String outsider : List.of("casemanager", "kernteamlid", "vrijwilliger", "huishouden", "beleid",
				"beheerder")) {
			search(outsider, "{\"name\": \"" + family + "\"}").andExpect(status().isForbidden());
		}
	}

	private ResultActions search(String username, String body) throws Exception {
		return mvc.perform(
				post("/api/v1/households/search").header("Authorization", ApiTestSupport.bearerTokenFor(mvc, username))
					.contentType(MediaType.APPLICATION_JSON)
					.content(body));
	}

	private UUID household(UUID municipality, UUID team, String postcode, String number, String given, String born) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into household (id, municipality_id, postcode, house_number, created_at) "
				+ "values (:id, :m, :p, :n, now())")
			.param("id", id)
			.param("m", municipality)
			.param("p", postcode)
			.param("n", number)
			.update();
		jdbc.sql("insert into household_member (id, municipality_id, household_id, given_name, family_name, "
				+ "date_of_birth) values (gen_random_uuid(), :m, :h, :g, :f, cast(:b as date))")
			.param("m", municipality)
			.param("h", id)
			.param("g", given)
			.param("f", family)
			.param("b", born)
			.update();
		jdbc.sql("insert into household_team (team_id, household_id, municipality_id) values (:t, :h, :m)")
			.param("t", team)
			.param("h", id)
			.param("m", municipality)
			.update();
		return id;
	}

}
