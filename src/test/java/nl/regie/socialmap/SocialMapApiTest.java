package nl.regie.socialmap;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import nl.regie.ApiTestSupport;
import nl.regie.RegieTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The social map through the REST API: a functional administrator loads a file, a case
 * manager searches it, and of two changes on the same version the second gets 409.
 */
@RegieTest
class SocialMapApiTest {

	@Autowired
	MockMvc mvc;

	@Test
	void anImportIsSearchedByACaseManagerAndAStaleChangeIsRefusedWith409() throws Exception {
		String administrator = ApiTestSupport.bearerTokenFor(mvc, "beheerder");
		String caseManager = ApiTestSupport.bearerTokenFor(mvc, "casemanager");
		String organisation = "Budgetwijzer " + UUID.randomUUID().toString().substring(0, 8);

		mvc.perform(post("/api/v1/social-map/imports").header("Authorization", administrator)
			.contentType("text/csv")
			.content("""
					organisatie;naam;soort;levensdomeinen;postcode;omschrijving
					%1$s;Geldcursus;collectief;FINANCES;1064 AB;Drie avonden over rekeningen en schulden
					%1$s;Spreekuur;professioneel;FINANCES;1064;
					""".formatted(organisation)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.taken").value(1))
			.andExpect(jsonPath("$.skipped").value(1))
			.andExpect(jsonPath("$.rows[1].reasons[0].code").value("socialmap.postcode.invalid"));
		String found = mvc
			.perform(get("/api/v1/social-map/provisions").header("Authorization", caseManager)
				.param("words", "schuld " + organisation)
				.param("lifeDomain", "FINANCES"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].name").value("Geldcursus"))
			.andExpect(jsonPath("$[0].postcode").value("1064AB"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(found, "$[0].id");
		String change = """
				{"organisation": "%s", "name": "Geldcursus", "kind": "COLLECTIVE", "lifeDomains": ["FINANCES"],
				 "contact": "%s", "version": 0}""";

		mvc.perform(put("/api/v1/social-map/provisions/" + id).header("Authorization", administrator)
			.contentType(MediaType.APPLICATION_JSON)
			.content(change.formatted(organisation, "020 555 0131"))).andExpect(status().isNoContent());
		mvc.perform(put("/api/v1/social-map/provisions/" + id).header("Authorization", administrator)
			.contentType(MediaType.APPLICATION_JSON)
			.content(change.formatted(organisation, "020 555 0132")))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/social-map/provisions/" + id).header("Authorization", caseManager))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.contact").value("020 555 0131"))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(put("/api/v1/social-map/provisions/" + id).header("Authorization", caseManager)
			.contentType(MediaType.APPLICATION_JSON)
			.content(change.formatted(organisation, "020 555 0133")))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("functioneel beheerder")));
	}

}
