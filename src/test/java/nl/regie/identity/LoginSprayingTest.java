package nl.regie.identity;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import nl.regie.RegieTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Password spraying: one address trying a password on many usernames, each under its own
 * limit, is stopped by the count per address, at both doors, while the same accounts from
 * other addresses still get in. A context of its own with a low limit: the shared one
 * counts every failed login of the suite from 127.0.0.1.
 */
@RegieTest
@TestPropertySource(properties = "regie.login.max-failures-per-address=" + LoginSprayingTest.LIMIT)
class LoginSprayingTest {

	static final int LIMIT = 10;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Test
	void oneAddressTryingAPasswordOnManyUsernamesIsStoppedAtBothDoors() throws Exception {
		RequestPostProcessor sprayer = from(randomAddress());
		for (int attempt = 0; attempt < LIMIT; attempt++) {
			mvc.perform(login("gebruiker-" + UUID.randomUUID(), "Welkom2026!").with(sprayer))
				.andExpect(redirectedUrl("/login?error"));
		}

		mvc.perform(login("casemanager", "regie-demo").with(sprayer)).andExpect(redirectedUrl("/login?locked"));
		mvc.perform(token("casemanager", "regie-demo").with(sprayer)).andExpect(status().isTooManyRequests());
		mvc.perform(login("casemanager", "regie-demo").with(from(randomAddress()))).andExpect(redirectedUrl("/"));
	}

	@Test
	void anAddressUnderTheLimitStillGetsIn() throws Exception {
		RequestPostProcessor colleague = from(randomAddress());
		for (int attempt = 0; attempt < LIMIT - 1; attempt++) {
			mvc.perform(login("gebruiker-" + UUID.randomUUID(), "fout").with(colleague))
				.andExpect(redirectedUrl("/login?error"));
		}

		mvc.perform(login("casemanager", "regie-demo").with(colleague)).andExpect(redirectedUrl("/"));
	}

	private static MockHttpServletRequestBuilder login(String username, String password) {
		return post("/login").param("username", username).param("password", password).with(csrf());
	}

	private MockHttpServletRequestBuilder token(String username, String password) {
		return post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("username", username, "password", password)));
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static String randomAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

}
