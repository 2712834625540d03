package nl.regie.platform.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.regie.RegieTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI document Regie serves, linted with the NL API Design Rules ruleset of
 * Logius (Spectral): every module's API stays on the Dutch government's rules, and the
 * build fails on any error. The document is left at {@code target/api-lint/openapi.json}
 * and the results next to it.
 */
@RegieTest
class OpenApiLintTest {

	@Autowired
	MockMvc mvc;

	@Test
	void servedDocumentMeetsTheNlApiDesignRules() throws Exception {
		String document = mvc.perform(get(ApiConventions.BASE_PATH + "/openapi.json"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		List<Spectral.Finding> findings = Spectral.lint(document);

		findings.forEach(finding -> System.out.println("Spectral: " + finding));
		assertThat(findings).filteredOn(Spectral.Finding::isError)
			.as("NL API Design Rules errors in the served OpenAPI document (target/api-lint/spectral.txt)")
			.isEmpty();
	}

}
