package nl.regie.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The benchmark's own PostgreSQL 17 (the embedded binaries Regie ships), on a data
 * directory of its own, listening on 127.0.0.1 only. Regie connects to it as an external
 * database, and the SQL-limit replay uses the same server. While generating, durability
 * is off (a crash means generating again); for the load it is Regie's own default:
 * {@code fsync} and {@code synchronous_commit} on.
 */
final class BenchDatabase implements AutoCloseable {

	static final String USER = "regie";

	static final String PASSWORD = "regie";

	private final EmbeddedPostgres postgres;

	private final int port;

	private final Path logDirectory;

	private BenchDatabase(EmbeddedPostgres postgres, int port, Path logDirectory) {
		this.postgres = postgres;
		this.port = port;
		this.logDirectory = logDirectory;
	}

	static BenchDatabase start(Path directory, int port, boolean generating) throws IOException {
		Path data = directory.resolve("pgdata");
		Path logs = directory.resolve("pglog");
		Files.createDirectories(logs);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.setPort(port)
			.setPGStartupWait(Duration.ofMinutes(5))
			.setOutputRedirector(ProcessBuilder.Redirect.appendTo(directory.resolve("pgdata.log").toFile()))
			.setErrorRedirector(ProcessBuilder.Redirect.appendTo(directory.resolve("pgdata.log").toFile()))
			.setServerConfig("listen_addresses", "127.0.0.1")
			.setServerConfig("max_connections", "100")
			.setServerConfig("logging_collector", "on")
			.setServerConfig("log_destination", "csvlog")
			.setServerConfig("log_directory", logs.toString())
			.setServerConfig("log_filename", "postgresql.log")
			.setServerConfig("log_rotation_size", "0");
		String durable = generating ? "off" : "on";
		builder.setServerConfig("fsync", durable)
			.setServerConfig("synchronous_commit", durable)
			.setServerConfig("full_page_writes", durable);
		if (generating) {
			builder.setServerConfig("maintenance_work_mem", "1GB")
				.setServerConfig("max_wal_size", "16GB")
				.setServerConfig("checkpoint_timeout", "1h")
				.setServerConfig("autovacuum", "off");
		}
		BenchDatabase database = new BenchDatabase(builder.start(), port, logs);
		database.createRegieDatabase();
		return database;
	}

	private void createRegieDatabase() {
		try (Connection connection = DriverManager.getConnection(url("postgres"), "postgres", "postgres");
				Statement statement = connection.createStatement()) {
			boolean exists;
			try (ResultSet role = statement.executeQuery("select 1 from pg_roles where rolname = 'regie'")) {
				exists = role.next();
			}
			if (!exists) {
				statement.execute("create role regie login password '" + PASSWORD + "'");
				statement.execute("create database regie owner regie");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot create the regie database: " + ex.getMessage(), ex);
		}
	}

	String url(String database) {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/" + database;
	}

	/** The URL Regie gets: its statements are told apart in the server log by name. */
	String regieUrl() {
		return url("regie") + "?ApplicationName=regie";
	}

	/** A superuser connection to Regie's database (the generator and the replay). */
	Connection superuser() throws SQLException {
		return DriverManager.getConnection(url("regie") + "?ApplicationName=bench", "postgres", "postgres");
	}

	String superuserUrl() {
		return url("regie") + "?ApplicationName=bench";
	}

	Path logFile() {
		return this.logDirectory.resolve("postgresql.csv");
	}

	@Override
	public void close() throws IOException {
		this.postgres.close();
	}

}
