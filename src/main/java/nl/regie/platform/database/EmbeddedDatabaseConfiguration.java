package nl.regie.platform.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.regie.platform.RegieStartupException;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL inside the Regie process, from the binaries on the classpath,
 * with its data directory on disk.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseConfigured.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	/** Crash recovery after a kill can take longer than the library's 10 seconds. */
	static final Duration STARTUP_WAIT = Duration.ofSeconds(120);

	/**
	 * Spring alone stops the server, after everything that uses it (the connection pool
	 * depends on this bean, so it closes first). The library's own shutdown hook would
	 * run alongside Spring's: it stopped PostgreSQL under the open pool and under Spring
	 * Modulith's last query at shutdown, which then failed, and the pool kept trying to
	 * reconnect while the JVM was exiting.
	 */
	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties) {
		Path directory = properties.dataDirectory().toAbsolutePath();
		FileLock lock = lockDataDirectory(directory);
		Path serverLog = directory.resolveSibling(directory.getFileName() + ".log");
		try {
			LeftoverServer.clear(directory).ifPresent(log::warn);
			keepPrevious(serverLog);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(properties.cleanOnStart())
				.setRegisterShutdownHook(false)
				.setPGStartupWait(STARTUP_WAIT)
				.setOutputRedirector(ProcessBuilder.Redirect.appendTo(serverLog.toFile()))
				.setErrorRedirector(ProcessBuilder.Redirect.appendTo(serverLog.toFile()));
			durability(builder, properties.durable());
			return new EmbeddedDatabase(builder.start(), directory, lock);
		}
		catch (IOException | RuntimeException e) {
			release(lock);
			if (e instanceof RegieStartupException alreadyOneLine) {
				throw alreadyOneLine;
			}
			throw new RegieStartupException("embedded PostgreSQL in " + directory + " did not start: "
					+ ServerLog.reason(serverLog).orElse(e.getMessage()) + hintForRoot(serverLog), e);
		}
	}

	/**
	 * The library starts PostgreSQL for tests: with {@code -F} (fsync off) and
	 * {@code synchronous_commit=off}, a commit is answered before it is on disk, so a
	 * crash loses acknowledged writes. Regie's default switches both on ({@code -c}
	 * options come after {@code -F} on the command line, and the last one wins).
	 */
	static void durability(EmbeddedPostgres.Builder builder, boolean durable) {
		String on = durable ? "on" : "off";
		builder.setServerConfig("fsync", on).setServerConfig("synchronous_commit", on);
		if (durable) {
			builder.setServerConfig("full_page_writes", "on");
		}
	}

	@Bean
	DataSource dataSource(EmbeddedDatabase database) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(database.jdbcUrl());
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(10);
		dataSource.setConnectionTimeout(DatabaseSettings.CONNECTION_TIMEOUT.toMillis());
		return dataSource;
	}

	/**
	 * PostgreSQL's own lock would also refuse a second server, but only after a noisy
	 * failure; a file lock next to the directory lets us say it in one line.
	 */
	static FileLock lockDataDirectory(Path directory) {
		try {
			Files.createDirectories(directory);
			if (!Files.isWritable(directory)) {
				throw new RegieStartupException("data directory " + directory
						+ " is not writable; set REGIE_DATABASE_EMBEDDED_DATA_DIRECTORY to another directory.");
			}
			Path lockFile = directory.resolveSibling(directory.getFileName() + ".lock");
			FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock = tryLock(channel);
			if (lock == null) {
				channel.close();
				throw new RegieStartupException("another Regie is already running on data directory " + directory
						+ "; stop it first or set REGIE_DATABASE_EMBEDDED_DATA_DIRECTORY to another directory.");
			}
			return lock;
		}
		catch (IOException e) {
			throw new RegieStartupException(
					"data directory " + directory + " cannot be used (" + e.getClass().getSimpleName() + ")"
							+ "; set REGIE_DATABASE_EMBEDDED_DATA_DIRECTORY to another directory.",
					e);
		}
	}

	/**
	 * @return the lock, or {@code null} when another process (or this one) holds it
	 */
	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException heldByThisProcess) {
			return null;
		}
	}

	static void release(FileLock lock) {
		try {
			lock.channel().close();
		}
		catch (IOException ignored) {
			// closing the channel is all we can do; the lock dies with the process anyway
		}
	}

	/** The log of the run before stays readable next to this run's. */
	private static void keepPrevious(Path serverLog) throws IOException {
		if (Files.exists(serverLog)) {
			Files.move(serverLog, serverLog.resolveSibling(serverLog.getFileName() + ".previous"),
					StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/**
	 * Only when PostgreSQL itself said it refuses root: then 'unshare', which the library
	 * uses to run it as an unprivileged user, is missing or not allowed.
	 */
	private static String hintForRoot(Path serverLog) {
		return ServerLog.mentions(serverLog, "cannot be run as root")
				? " (as root PostgreSQL needs the 'unshare' command to drop privileges)" : "";
	}

	/**
	 * The running embedded server together with the lock that keeps a second Regie out.
	 */
	record EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory, FileLock lock) implements AutoCloseable {

		String jdbcUrl() {
			return postgres.getJdbcUrl("postgres", "postgres");
		}

		@Override
		public void close() throws IOException {
			try {
				postgres.close();
			}
			finally {
				release(lock);
			}
		}

	}

}
