package nl.regie.platform.web;

import org.junit.jupiter.api.Test;

import nl.regie.RegieTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Unreadable bodies get the same kind of answer as invalid ones: problem+json, in the
 * caller's language, naming the field.
 */
@RegieTest
class ApiProblemsTest {

	@Autowired
	MockMvc mvc;

	@Test
	void aValueOfTheWrongTypeIsNamedByItsField() throws Exception {
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": {\"nested\": true}, \"password\": \"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Een of meer velden zijn niet goed ingevuld."))
			.andExpect(jsonPath("$.invalidParams[0].name").value("username"))
			.andExpect(jsonPath("$.invalidParams[0].reason").value("Deze waarde klopt niet."));
	}

	@Test
	void aBodyThatIsNotJsonIsRefusedInTheCallersLanguage() throws Exception {
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en")
			.content("{\"username\": "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Unreadable request"))
			.andExpect(jsonPath("$.detail").value("The request body is not valid JSON."));
	}

}
