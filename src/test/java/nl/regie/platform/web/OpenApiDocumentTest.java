package nl.regie.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.regie.RegieTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Keeps every module's API on the conventions: a parseable OpenAPI 3 document, plural
 * kebab-case paths under /api/v1, and a documented problem+json error on every operation.
 */
@RegieTest
class OpenApiDocumentTest {

	@Autowired
	MockMvc mvc;

	@Test
	void servedDocumentIsOpenApi3WithTheGlossary() throws Exception {
		JsonNode document = document();

		assertThat(document.path("openapi").asString()).startsWith("3.");
		assertThat(document.path("info").path("description").asString())
			.contains("| aanmelding / verwijzing, aanmelder | referral, referrer |");
		assertThat(document.path("paths").size()).isGreaterThan(1);
	}

	@Test
	void everyOperationDocumentsAProblemJsonErrorResponse() throws Exception {
		List<String> undocumented = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : document().path("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				boolean hasProblem = operation.getValue()
					.path("responses")
					.properties()
					.stream()
					.anyMatch(response -> response.getKey().matches("[45]\\d\\d")
							&& response.getValue().path("content").has("application/problem+json"));
				if (!hasProblem) {
					undocumented.add(operation.getKey().toUpperCase() + " " + path.getKey());
				}
			}
		}
		assertThat(undocumented).as("operations without a documented problem+json error").isEmpty();
	}

	@Test
	void pathsAreKebabCaseUnderTheVersionedBase() throws Exception {
		for (String path : document().path("paths").propertyNames()) {
			assertThat(path).startsWith("/api/v1/");
			assertThat(path.replaceAll("\\{[a-zA-Z]+\\}", "x")).matches("[a-z0-9/-]+");
		}
	}

	private JsonNode document() throws Exception {
		String json = mvc.perform(get("/api/v1/openapi.json")).andReturn().getResponse().getContentAsString();
		return JsonMapper.builder().build().readTree(json);
	}

}
