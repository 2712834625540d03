package nl.regie;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Gets bearer tokens the way an API client does.
 */
public final class ApiTestSupport {

	private ApiTestSupport() {
	}

	public static String bearerTokenFor(MockMvc mvc, String username) throws Exception {
		String body = mvc
			.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + username + "\",\"password\":\"regie-demo\"}"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return "Bearer " + JsonPath.read(body, "$.accessToken");
	}

}
