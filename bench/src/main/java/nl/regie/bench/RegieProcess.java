package nl.regie.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regie's built jar as its own process, on the benchmark's database as an external
 * PostgreSQL, on 127.0.0.1. The session cookie is not marked Secure, because the load
 * runs over plain HTTP on the loopback address (behind a proxy it would be).
 */
final class RegieProcess implements AutoCloseable {

	private final Process process;

	private final int port;

	private RegieProcess(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	static RegieProcess start(Path jar, BenchDatabase database, int port, Path log, String... extra)
			throws IOException {
		List<String> command = new ArrayList<>(List.of(javaBinary("java"), "-jar", jar.toString(),
				"--spring.datasource.url=" + database.regieUrl(), "--spring.datasource.username=" + BenchDatabase.USER,
				"--spring.datasource.password=" + BenchDatabase.PASSWORD, "--server.address=127.0.0.1",
				"--server.port=" + port, "--server.servlet.session.cookie.secure=false"));
		command.addAll(List.of(extra));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		return new RegieProcess(process, port);
	}

	/**
	 * Runs Regie once with {@code --regie.command=audit-verify}: migrates, then checks.
	 */
	static int verifyAudit(Path jar, BenchDatabase database, Path log) throws IOException, InterruptedException {
		try (RegieProcess regie = start(jar, database, 0, log, "--regie.command=audit-verify")) {
			if (!regie.process.waitFor(30, TimeUnit.MINUTES)) {
				throw new IllegalStateException("audit verification did not end within 30 minutes");
			}
			return regie.process.exitValue();
		}
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	long pid() {
		return this.process.pid();
	}

	void awaitHealthy(Duration limit) throws InterruptedException {
		HttpClient client = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("Regie ended during start-up (exit " + this.process.exitValue() + ")");
			}
			try {
				HttpResponse<String> response = client.send(
						HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("Regie was not healthy within " + limit);
	}

	/** Used heap in MiB as the JVM reports it, after a full collection when asked. */
	long heapUsedMiB(boolean afterFullGc) throws IOException, InterruptedException {
		if (afterFullGc) {
			jcmd("GC.run");
		}
		String info = jcmd("GC.heap_info");
		Matcher used = Pattern.compile("used (\\d+)K").matcher(info);
		return used.find() ? Long.parseLong(used.group(1)) / 1024 : -1;
	}

	private String jcmd(String what) throws IOException, InterruptedException {
		Process jcmd = new ProcessBuilder(javaBinary("jcmd"), Long.toString(pid()), what).redirectErrorStream(true)
			.start();
		String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		jcmd.waitFor();
		return out;
	}

	private static String javaBinary(String name) {
		return Path.of(System.getProperty("java.home"), "bin", name).toString();
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
