package nl.regie.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.app.Gatling$;

import nl.regie.bench.generate.CityGenerator;
import nl.regie.bench.load.GatlingResults;
import nl.regie.bench.load.Logins;
import nl.regie.bench.load.Page;
import nl.regie.bench.load.Pages;
import nl.regie.bench.load.Plan;
import nl.regie.bench.load.RegieSimulation;
import nl.regie.bench.load.SqlLimit;

/**
 * {@code ./regie bench}: generates the city (or reuses it), starts Regie on it, measures
 * every page of {@link Pages#ALL} at 1, 16 and 64 users with Gatling, replays each page's
 * SQL directly for the database's own limit, and prints the table.
 */
public final class Bench {

	private final Options options;

	private final Path directory;

	/** The benchmark PostgreSQL's port: the one asked for, else a free one. */
	private final int databasePort;

	private Bench(Options options) throws IOException {
		this.options = options;
		this.directory = options.directory();
		this.databasePort = options.databasePort() != 0 ? options.databasePort() : freePort();
	}

	public static void main(String[] args) throws Exception {
		Options options = Options.parse(args);
		int code = new Bench(options).run();
		System.exit(code);
	}

	private int run() throws Exception {
		Files.createDirectories(this.directory);
		Properties city = ensureCity();
		if (this.options.generateOnly()) {
			return 0;
		}
		Path runDirectory = this.directory.resolve("run-" + timestamp());
		Files.createDirectories(runDirectory);
		String machine = Machine.describe();
		try (BenchDatabase database = BenchDatabase.start(this.directory, this.databasePort, false);
				RegieProcess regie = RegieProcess.start(this.options.jar(), database, freePort(),
						runDirectory.resolve("regie.log"))) {
			regie.awaitHealthy(Duration.ofMinutes(5));
			Logins logins = new Logins(regie.baseUrl(), CityGenerator.PASSWORD);
			int users = this.options.levels().stream().mapToInt(Integer::intValue).max().orElse(1);
			Map<Page, List<Page.Target>> targets = new LinkedHashMap<>();
			try (Connection admin = database.superuser()) {
				for (Page page : Pages.ALL) {
					List<Page.Target> drawn = page.targets().draw(admin, page.role(), users);
					if (drawn.isEmpty()) {
						throw new IllegalStateException("the city has no requests for " + page.name());
					}
					targets.put(page, drawn);
				}
			}
			System.out.println("Signing in the generated users…");
			Plan plan = writePlan(runDirectory, regie.baseUrl(), targets, logins);
			Map<Page, SqlLimit.Timing> limits = sqlLimits(database, targets, logins);
			System.out.println("Load: " + this.options.levels() + " users, " + this.options.phaseSeconds()
					+ " s per page and level, then " + this.options.mixedUsers() + " users mixed for "
					+ this.options.mixedSeconds() + " s…");
			System.setProperty(Plan.PROPERTY, runDirectory.resolve("plan.json").toString());
			Path gatlingResults = runDirectory.resolve("gatling");
			int gatling = Gatling$.MODULE$.fromArgs(new String[] { "-s", RegieSimulation.class.getName(), "-rf",
					gatlingResults.toString(), "-rd", "Regie bench " + this.options.size() });
			if (gatling != 0) {
				System.out.println("Gatling ended with status " + gatling);
			}
			Map<String, GatlingResults.Stats> stats = GatlingResults.read(gatlingResults);
			long heapAfterLoad = regie.heapUsedMiB(false);
			long heapAfterGc = regie.heapUsedMiB(true);
			long databaseBytes = databaseSize(database);
			Results results = new Results(this.options, plan, city, machine, stats, limits, heapAfterLoad, heapAfterGc,
					databaseBytes);
			String table = results.markdown();
			System.out.println();
			System.out.println(table);
			Path report = runDirectory.resolve("results.md");
			Files.writeString(report, table);
			System.out.println("Written to " + report + " (Gatling's report: " + gatlingResults + ")");
			long failures = results.failures();
			if (failures > 0) {
				System.out.println("bench: " + failures + " requests or SQL replays FAILED");
				return 1;
			}
			System.out.println("bench: " + results.requests() + " requests, 0 failed");
			return 0;
		}
	}

	/** Generates the city unless this directory already holds the same one. */
	private Properties ensureCity() throws Exception {
		Path manifest = this.directory.resolve("city.properties");
		Properties wanted = this.options.cityProperties();
		if (Files.exists(manifest) && !this.options.regenerate()) {
			Properties existing = new Properties();
			try (InputStream in = Files.newInputStream(manifest)) {
				existing.load(in);
			}
			if (wanted.entrySet().stream().allMatch(e -> e.getValue().equals(existing.get(e.getKey())))) {
				System.out.println("Reusing the city in " + this.directory + " (" + existing.getProperty("households")
						+ " households, generated " + existing.getProperty("generatedAt") + ")");
				return existing;
			}
		}
		deleteTree(this.directory.resolve("pgdata"));
		Files.deleteIfExists(manifest);
		System.out.printf("Generating a city of %,d households in %s…%n", this.options.households(), this.directory);
		Properties made = new Properties();
		made.putAll(wanted);
		try (BenchDatabase database = BenchDatabase.start(this.directory, this.databasePort, true)) {
			Path log = this.directory.resolve("regie-migrate.log");
			if (RegieProcess.verifyAudit(this.options.jar(), database, log) != 0) {
				throw new IllegalStateException("Regie could not migrate the empty database; see " + log);
			}
			CityGenerator generator = new CityGenerator(database.superuserUrl(), "postgres", "postgres");
			CityGenerator.Report report = generator.generate(this.options.settings());
			System.out.printf("Generated in %s (rows %s), vacuum and analyze %s%n", report.generation(),
					report.rows().values().stream().mapToLong(Long::longValue).sum(), report.vacuum());
			report.rows().forEach((table, rows) -> made.setProperty("rows." + table, Long.toString(rows)));
			made.setProperty("generationSeconds", Long.toString(report.generation().toSeconds()));
			made.setProperty("vacuumSeconds", Long.toString(report.vacuum().toSeconds()));
			made.setProperty("generatedAt", timestamp());
			if (this.options.verifyAudit()) {
				System.out.println("Checking the generated audit chains with Regie's own verification…");
				int verified = RegieProcess.verifyAudit(this.options.jar(), database, log);
				if (verified != 0) {
					throw new IllegalStateException("Regie found the generated audit log broken; see " + log);
				}
				made.setProperty("auditVerified", "intact");
			}
		}
		try (OutputStream out = Files.newOutputStream(manifest)) {
			made.store(out, "The generated city in this directory");
		}
		return made;
	}

	private Plan writePlan(Path runDirectory, String baseUrl, Map<Page, List<Page.Target>> targets, Logins logins)
			throws IOException, InterruptedException {
		ObjectMapper json = new ObjectMapper();
		List<Plan.PagePlan> pages = new ArrayList<>();
		int index = 0;
		for (Map.Entry<Page, List<Page.Target>> entry : targets.entrySet()) {
			Page page = entry.getKey();
			List<Map<String, String>> records = new ArrayList<>();
			for (Page.Target target : entry.getValue()) {
				Map<String, String> record = new LinkedHashMap<>();
				record.put("path", target.path());
				record.put("body", logins.body(page, target) == null ? "" : logins.body(page, target));
				if (page.door() == Page.Door.SCREEN) {
					record.put("session", logins.session(target.username()).session());
				}
				else {
					record.put("token", logins.token(target.username()));
				}
				records.add(record);
			}
			Path feeder = runDirectory.resolve("feeder-" + index++ + ".json");
			json.writeValue(feeder.toFile(), records);
			pages.add(new Plan.PagePlan(page.name(), page.method(), page.status(), page.door(), feeder.toString()));
		}
		Plan plan = new Plan(baseUrl, this.options.levels(), this.options.phaseSeconds(), this.options.warmupSeconds(),
				this.options.mixedUsers(), this.options.mixedSeconds(), pages);
		plan.write(runDirectory.resolve("plan.json"));
		return plan;
	}

	private Map<Page, SqlLimit.Timing> sqlLimits(BenchDatabase database, Map<Page, List<Page.Target>> targets,
			Logins logins) throws Exception {
		System.out.println("Capturing and replaying each page's SQL…");
		Map<Page, SqlLimit.Timing> limits = new LinkedHashMap<>();
		try (Connection admin = database.superuser();
				Connection replay = DriverManager.getConnection(database.url("regie") + "?ApplicationName=replay",
						BenchDatabase.USER, BenchDatabase.PASSWORD)) {
			for (Map.Entry<Page, List<Page.Target>> entry : targets.entrySet()) {
				Page page = entry.getKey();
				Page.Target target = entry.getValue().getFirst();
				int[] status = new int[1];
				List<SqlLimit.Captured> statements = SqlLimit.capture(admin, database.logFile(), () -> {
					try {
						HttpResponse<String> response = logins.send(page, target);
						status[0] = response.statusCode();
						return status[0];
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						throw new IllegalStateException(ex);
					}
				});
				SqlLimit.Timing timing = status[0] != page.status()
						? SqlLimit.Timing.failed(statements.size(), "the captured request answered " + status[0])
						: SqlLimit.replay(replay, statements, this.options.replayWarmup(),
								this.options.replayRepetitions());
				limits.put(page, timing);
				Files.write(this.directory.resolve("sql-" + slug(page.name()) + ".sql"),
						statements.stream().map(s -> s.sql() + ";\n-- parameters: " + s.parameters() + "\n").toList());
			}
		}
		return limits;
	}

	private static long databaseSize(BenchDatabase database) throws SQLException {
		try (Connection connection = database.superuser();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select pg_database_size('regie')")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static String slug(String name) {
		return name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

	private static String timestamp() {
		return ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss'Z'"));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
