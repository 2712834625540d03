package nl.regie.platform.database;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.regie.RegieApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A load balancer must take an instance out when its database is gone.
 */
class HealthTest {

	@TempDir
	Path dataDirectory;

	@Test
	void healthIsUpWithTheDatabaseAndDownWithoutIt() throws Exception {
		try (ConfigurableApplicationContext regie = new SpringApplicationBuilder(RegieApplication.class)
			.run("--server.port=0", "--regie.database.embedded.data-directory=" + dataDirectory)) {
			String health = "http://localhost:" + regie.getEnvironment().getProperty("local.server.port")
					+ "/actuator/health";

			assertThat(get(health).statusCode()).isEqualTo(200);
			assertThat(get(health).body()).contains("\"status\":\"UP\"");

			regie.getBean(EmbeddedDatabaseConfiguration.EmbeddedDatabase.class).postgres().close();

			HttpResponse<String> down = get(health);
			assertThat(down.statusCode()).isEqualTo(503);
			assertThat(down.body()).contains("\"status\":\"DOWN\"");
		}
	}

	private static HttpResponse<String> get(String url) throws Exception {
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
		}
	}

}
