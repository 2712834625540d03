package nl.regie.platform.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built jar, as an operator runs it: killed with kill -9, it starts again on the same
 * data directory, although its PostgreSQL outlived it; a real second Regie is still
 * refused in one line; a normal stop leaves no PostgreSQL behind. Runs after
 * {@code package} (failsafe), because it needs {@code target/regie.jar}.
 */
class RegieRestartIT {

	private static final Pattern READY = Pattern.compile("Regie is ready at http://localhost:(\\d+)/");

	private final Path dataDirectory = Path.of("target", "it-pgdata", UUID.randomUUID().toString(), "pgdata")
		.toAbsolutePath();

	private final List<RunningRegie> started = new CopyOnWriteArrayList<>();

	@AfterEach
	void stopEverything() {
		started.forEach(regie -> regie.process.destroyForcibly());
		LeftoverServer.processesIn(dataDirectory).forEach(ProcessHandle::destroyForcibly);
	}

	@Test
	void afterKill9OfItsJvmRegieStartsAgainOnTheSameDataDirectory() throws Exception {
		RunningRegie first = start();
		assertThat(first.ready()).isPositive();
		long postgres = LeftoverServer.postmasterPid(dataDirectory.resolve("postmaster.pid")).orElseThrow();

		first.process.destroyForcibly();
		assertThat(first.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(ProcessHandle.of(postgres).map(ProcessHandle::isAlive)).as("PostgreSQL outlives the JVM")
			.contains(true);

		RunningRegie second = start();
		int port = second.ready();
		assertThat(second.output()).anySatisfy(line -> assertThat(line)
			.contains("stopped the embedded PostgreSQL (pid " + postgres + ") that an earlier Regie left running"));
		assertThat(health(port)).contains("\"UP\"");

		RunningRegie third = start();
		assertThat(third.process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(third.process.exitValue()).isEqualTo(1);
		third.ended.get(30, TimeUnit.SECONDS);
		assertThat(third.output()).last()
			.asString()
			.startsWith("Regie did not start: another Regie is already running on data directory " + dataDirectory);
		assertThat(health(port)).as("the refused one left the running one alone").contains("\"UP\"");

		second.process.destroy();
		assertThat(second.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(LeftoverServer.processesIn(dataDirectory)).as("a normal stop stops PostgreSQL too").isEmpty();
	}

	private RunningRegie start() throws IOException {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process process = new ProcessBuilder(java.toString(), "-jar", Path.of("target", "regie.jar").toString(),
				"--server.port=0", "--server.address=127.0.0.1",
				"--regie.database.embedded.data-directory=" + dataDirectory)
			.redirectErrorStream(true)
			.start();
		RunningRegie regie = new RunningRegie(process);
		started.add(regie);
		return regie;
	}

	private static String health(int port) throws Exception {
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString())
				.body();
		}
	}

	/** A Regie process whose output is read as it comes. */
	private static final class RunningRegie {

		private final Process process;

		private final List<String> lines = new CopyOnWriteArrayList<>();

		private final CompletableFuture<Integer> port = new CompletableFuture<>();

		private final CompletableFuture<Void> ended = new CompletableFuture<>();

		RunningRegie(Process process) {
			this.process = process;
			Thread reader = new Thread(this::read, "regie-output-" + process.pid());
			reader.setDaemon(true);
			reader.start();
		}

		private void read() {
			try (BufferedReader output = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = output.readLine(); line != null; line = output.readLine()) {
					lines.add(line);
					Matcher ready = READY.matcher(line);
					if (ready.find()) {
						port.complete(Integer.parseInt(ready.group(1)));
					}
				}
			}
			catch (IOException ended) {
				// the process is gone
			}
			port.completeExceptionally(new IllegalStateException("Regie ended without being ready: " + lines));
			ended.complete(null);
		}

		int ready() throws Exception {
			return port.get(180, TimeUnit.SECONDS);
		}

		List<String> output() {
			return List.copyOf(lines);
		}

	}

}
