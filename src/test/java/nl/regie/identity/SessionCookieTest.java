package nl.regie.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.regie.RegieTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running server (demo profile) behind a TLS-terminating proxy, over real HTTP
 * because the forwarded headers are handled by Tomcat itself. The production setting, a
 * cookie that is always Secure, is checked without a second Spring context in
 * {@link SessionCookieSettingsTest} and, on a production start over real HTTP, in
 * {@code organisation.FirstStartOnEmptyDatabaseTest}.
 */
@RegieTest
class SessionCookieTest {

	@LocalServerPort
	int port;

	@Test
	void sessionCookieIsSecureWhenTheProxySaysTheBrowserUsedHttps() throws Exception {
		assertThat(sessionCookie("https")).contains("SESSION=").containsIgnoringCase("; Secure");
	}

	@Test
	void demoOnPlainHttpLocalhostGetsACookieWithoutSecureSoItStillWorks() throws Exception {
		assertThat(sessionCookie(null)).contains("SESSION=").doesNotContainIgnoringCase("Secure");
	}

	private String sessionCookie(String forwardedProto) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"));
		if (forwardedProto != null) {
			request.header("X-Forwarded-Proto", forwardedProto);
		}
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(request.build(), HttpResponse.BodyHandlers.ofString());
		List<String> cookies = response.headers().allValues("Set-Cookie");
		return cookies.stream().filter(cookie -> cookie.startsWith("SESSION=")).findFirst().orElse("");
	}

}
