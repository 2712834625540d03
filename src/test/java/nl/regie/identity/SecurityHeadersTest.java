package nl.regie.identity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.regie.RegieTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

@RegieTest
class SecurityHeadersTest {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/login", "/api/v1/referrals", "/api/v1/openapi.json" })
	void screensAndApiSendTheUsualSecurityHeaders(String path) throws Exception {
		mvc.perform(get(path))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "no-referrer"))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("Cache-Control", containsString("no-store")));
	}

}
