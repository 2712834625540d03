package nl.regie.organisation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import nl.regie.RegieApplication;
import nl.regie.WebClientSession;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A production installation (no demo profile) starts on an empty database and gets its
 * first administrator from the environment, without anybody writing SQL.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstStartOnEmptyDatabaseTest {

	static final String PASSWORD = "geheim-startwachtwoord";

	@TempDir
	Path dataDirectory;

	@Test
	void emptyInstallationWarnsWhatToSetAndThenCreatesTheFirstAdministratorWhoCanLogIn(CapturedOutput output)
			throws Exception {
		try (ConfigurableApplicationContext regie = start()) {
			assertThat(output).contains("WARN")
				.contains("Regie has no user accounts")
				.contains("REGIE_BOOTSTRAP_ADMIN_PASSWORD");
			assertThat(sessionCookie(port(regie))).contains("SESSION=").contains("; Secure");
		}

		// This test speaks plain HTTP, where a Secure cookie would never come back; in
		// production a TLS proxy sits in front (see the check above).
		try (ConfigurableApplicationContext regie = start("--server.servlet.session.cookie.secure=false",
				"--regie.bootstrap.municipality-code=0344", "--regie.bootstrap.municipality-name=Utrecht",
				"--regie.bootstrap.admin-username=eerste.beheerder", "--regie.bootstrap.admin-password=" + PASSWORD)) {
			WebClientSession administrator = WebClientSession.loggedIn(port(regie), "eerste.beheerder", PASSWORD);

			HttpResponse<String> home = administrator.get("/");
			HttpResponse<String> accounts = administrator.get("/admin/accounts");

			assertThat(home.headers().firstValue("Location"))
				.hasValueSatisfying(url -> assertThat(url).endsWith("/admin"));
			assertThat(accounts.statusCode()).isEqualTo(200);
			assertThat(accounts.body()).contains("eerste.beheerder").contains("Utrecht");
			assertThat(output).contains("First start: created municipality Utrecht (0344)").doesNotContain(PASSWORD);
		}
	}

	private ConfigurableApplicationContext start(String... settings) {
		String[] arguments = new String[settings.length + 3];
		arguments[0] = "--server.port=0";
		arguments[1] = "--regie.database.embedded.data-directory=" + dataDirectory;
		arguments[2] = "--regie.database.embedded.clean-on-start=false";
		System.arraycopy(settings, 0, arguments, 3, settings.length);
		return new SpringApplicationBuilder(RegieApplication.class).run(arguments);
	}

	/** The cookie of the login page, which needs a session for its CSRF token. */
	private static String sessionCookie(int port) throws IOException, InterruptedException {
		HttpResponse<String> login = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
					HttpResponse.BodyHandlers.ofString());
		return login.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("SESSION="))
			.findFirst()
			.orElse("");
	}

	private static int port(ConfigurableApplicationContext regie) {
		return Integer.parseInt(regie.getEnvironment().getProperty("local.server.port"));
	}

}
