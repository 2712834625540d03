package nl.regie.registration;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import nl.regie.RegieTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The network map: who is around the household, the professionals at the first contact
 * and now, and the "do not contact" / "must not know" marks that every later screen
 * respects: such a person is never offered as a contact.
 */
@RegieTest
class NetworkMapTest extends RegistrationSetUp {

	@Autowired
	NetworkContacts contacts;

	@Test
	void theProfessionalsCountAtIntakeAndNowIsRightAfterOneLeaves() throws Exception {
		add(person("PROFESSIONAL", null, "Schuldhulp Amsterdam", day.minusDays(60)));
		UUID school = id(add(person("PROFESSIONAL", "Mevr. Bakker", "Basisschool De Regenboog", day.minusDays(200))));
		add(person("FAMILY", "Tante Fatima", null, day.minusDays(300)));

		clock.setToday(day.plusDays(40));
		add(person("PROFESSIONAL", null, "Budgetcoach Buurtteam", null));
		MockHttpServletResponse left = cases.api(HttpMethod.POST,
				"/api/v1/cases/" + caseId + "/network/" + school + "/leaving", "casemanager",
				Map.of("until", day.plusDays(30).toString()));

		assertThat(left.getStatus()).isEqualTo(204);
		JsonNode map = network();
		assertThat(map.get("professionalsAtIntake").asInt()).isEqualTo(2);
		assertThat(map.get("professionalsNow").asInt()).isEqualTo(2);
		assertThat(map.get("people")).hasSize(4);
		assertThat(cases
			.api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/network/" + school + "/leaving", "casemanager",
					Map.of())
			.getStatus()).as("left already").isEqualTo(409);
		String page = mvc.perform(get("/cases/" + caseId + "/network").cookie(cases.session("casemanager")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("2 bij het eerste contact, nu 2", "Niet meer betrokken", "Basisschool De Regenboog");
	}

	@Test
	void someoneMarkedDoNotContactOrMustNotKnowIsNeverOfferedAsAContact() throws Exception {
		Map<String, Object> aunt = person("FAMILY", "Tante Fatima", null, null);
		aunt.put("doNotContact", true);
		aunt.put("reach", "06 1234 5678");
		Map<String, Object> brother = person("FAMILY", "Broer Youssef", null, null);
		brother.put("mustNotKnow", true);
		Map<String, Object> neighbour = person("NEIGHBOUR", "Buurvrouw Els", null, null);
		neighbour.put("role", "Past na school op Yassin");
		neighbour.put("reach", "Naast de deur, nr. 12");
		add(aunt);
		add(brother);
		add(neighbour);

		UUID household = jdbc.sql("select household_id from case_file where id = :c")
			.param("c", caseId)
			.query(UUID.class)
			.single();
		UUID municipality = jdbc.sql("select municipality_id from case_file where id = :c")
			.param("c", caseId)
			.query(UUID.class)
			.single();

		assertThat(contacts.offerable(municipality, household)).extracting(NetworkContacts.Contact::label)
			.containsExactly("Buurvrouw Els");
		JsonNode fatima = network().get("people")
			.valueStream()
			.filter(p -> "Tante Fatima".equals(p.get("name").asString()))
			.findFirst()
			.orElseThrow();
		assertThat(fatima.get("doNotContact").asBoolean()).isTrue();
		assertThat(fatima.get("reach").isNull()).as("how to reach her is not given out").isTrue();
	}

	@Test
	void someoneWhoCannotBeToldApartOrLeavesBeforeJoiningIsRefusedAndNothingIsSaved() throws Exception {
		MockHttpServletResponse nobody = cases.api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/network",
				"casemanager", person("FRIEND", " ", null, null));
		UUID neighbour = id(add(person("NEIGHBOUR", "Buurman Piet", null, day.minusDays(5))));
		MockHttpServletResponse early = cases.api(HttpMethod.POST,
				"/api/v1/cases/" + caseId + "/network/" + neighbour + "/leaving", "casemanager",
				Map.of("until", day.minusDays(6).toString()));

		assertThat(nobody.getStatus()).isEqualTo(400);
		assertThat(nobody.getContentAsString()).contains("\"name\":\"name\"", "Vul een naam of een organisatie in");
		assertThat(early.getStatus()).isEqualTo(400);
		assertThat(early.getContentAsString()).contains("vóór de dag dat");
		assertThat(network().get("people")).hasSize(1);
		assertThat(network().get("people").get(0).get("until").isNull()).isTrue();
	}

	private MockHttpServletResponse add(Map<String, Object> person) throws Exception {
		MockHttpServletResponse response = cases.api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/network",
				"casemanager", person);
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		return response;
	}

	private UUID id(MockHttpServletResponse created) throws Exception {
		return UUID.fromString(cases.read(created.getContentAsString()).get("id").asString());
	}

	private JsonNode network() throws Exception {
		return cases.read(cases.api(HttpMethod.GET, "/api/v1/cases/" + caseId + "/network", "casemanager", null)
			.getContentAsString());
	}

	private static Map<String, Object> person(String kind, String name, String organisation, LocalDate since) {
		Map<String, Object> person = new LinkedHashMap<>();
		person.put("kind", kind);
		person.put("name", name);
		person.put("organisation", organisation);
		person.put("relation", "SUPPORTS");
		person.put("doNotContact", false);
		person.put("mustNotKnow", false);
		if (since != null) {
			person.put("since", since.toString());
		}
		return person;
	}

}
