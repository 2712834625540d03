package nl.regie.platform.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spectral, the OpenAPI linter, with the NL API Design Rules ruleset vendored in
 * {@code tools/api-lint} (see its README). Spectral itself is installed there from the
 * committed package-lock.json with {@code npm ci} the first time it is needed, and again
 * whenever that lock file changes; a machine without Node.js gets one clear failure,
 * never a silently skipped lint.
 */
final class Spectral {

	static final Path HOME = Path.of("tools", "api-lint");

	private static final Path RULESET = HOME.resolve("linter.yaml");

	private static final Path LOCK = HOME.resolve("package-lock.json");

	private static final Path EXECUTABLE = HOME.resolve(Path.of("node_modules", ".bin", "spectral"));

	/** Written after a successful install: the hash of the lock file it installed. */
	private static final Path INSTALLED = HOME.resolve(Path.of("node_modules", ".regie-installed"));

	private static final Path WORK = Path.of("target", "api-lint");

	private static final Duration INSTALL_PATIENCE = Duration.ofMinutes(5);

	private static final Duration LINT_PATIENCE = Duration.ofMinutes(2);

	private Spectral() {
	}

	/**
	 * Lints the document with the ruleset; the results, also a human-readable copy, stay
	 * under {@code target/api-lint}.
	 */
	static List<Finding> lint(String document) throws IOException, InterruptedException {
		install();
		Files.createDirectories(WORK);
		Path openApi = WORK.resolve("openapi.json");
		Files.writeString(openApi, document);
		Path results = WORK.resolve("spectral.json");
		Files.deleteIfExists(results);
		Path log = WORK.resolve("spectral.log");
		int exit = run(log, LINT_PATIENCE, EXECUTABLE.toAbsolutePath().toString(), "lint", "--ruleset",
				RULESET.toAbsolutePath().toString(), "--format", "json", "--output",
				results.toAbsolutePath().toString(), "--fail-severity", "error", openApi.toAbsolutePath().toString());
		// 0: nothing at error level, 1: errors found; anything else (or no results) is
		// Spectral failing to lint at all, for instance a ruleset it cannot read.
		if ((exit != 0 && exit != 1) || !Files.exists(results)) {
			throw new IllegalStateException(
					"Spectral could not lint " + openApi + " (exit " + exit + "):\n" + tail(log));
		}
		List<Finding> findings = new ArrayList<>();
		for (JsonNode result : JsonMapper.builder().build().readTree(Files.readString(results))) {
			findings.add(new Finding(result.path("severity").asInt(), result.path("code").asString(),
					result.path("path").valueStream().map(JsonNode::asString).collect(Collectors.joining(".")),
					result.path("message").asString()));
		}
		Files.writeString(WORK.resolve("spectral.txt"),
				findings.stream().map(Finding::toString).collect(Collectors.joining("\n", "", "\n")));
		return findings;
	}

	/**
	 * {@code npm ci} when Spectral is missing or was installed from another lock file.
	 */
	private static void install() throws IOException, InterruptedException {
		String lock = sha256(LOCK);
		if (Files.isExecutable(EXECUTABLE) && Files.exists(INSTALLED) && Files.readString(INSTALLED).equals(lock)) {
			return;
		}
		Files.createDirectories(WORK);
		Path log = WORK.resolve("npm-ci.log");
		// --ignore-scripts: Spectral needs no install scripts, and one of its
		// dependencies
		// would otherwise send usage statistics.
		int exit = run(log, INSTALL_PATIENCE, "npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund");
		if (exit != 0 || !Files.isExecutable(EXECUTABLE)) {
			throw new IllegalStateException("npm ci in " + HOME + " failed (exit " + exit + "):\n" + tail(log));
		}
		Files.writeString(INSTALLED, lock);
	}

	private static int run(Path log, Duration patience, String... command) throws IOException, InterruptedException {
		Process process;
		try {
			process = new ProcessBuilder(command).directory(HOME.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
		}
		catch (IOException notStarted) {
			throw new IllegalStateException(
					"Cannot start " + command[0] + ": the API lint needs Node.js 18.18 or newer "
							+ "with npm on the PATH (Debian: apt-get install nodejs npm)",
					notStarted);
		}
		if (!process.waitFor(patience.toSeconds(), TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException(
					String.join(" ", command) + " took longer than " + patience + ":\n" + tail(log));
		}
		return process.exitValue();
	}

	private static String tail(Path log) throws IOException {
		List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	private static String sha256(Path file) throws IOException {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One result of the lint.
	 *
	 * @param severity Spectral's: 0 error, 1 warning, 2 information, 3 hint
	 */
	record Finding(int severity, String rule, String path, String message) {

		static final int ERROR = 0;

		static final int WARNING = 1;

		boolean isError() {
			return severity == ERROR;
		}

		@Override
		public String toString() {
			String level = switch (severity) {
				case ERROR -> "error";
				case WARNING -> "warning";
				default -> "note";
			};
			return "%s %s at %s: %s".formatted(level, rule, path.isEmpty() ? "(root)" : path, message);
		}

	}

}
