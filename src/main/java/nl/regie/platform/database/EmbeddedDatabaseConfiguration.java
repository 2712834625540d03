package nl.regie.platform.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

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
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(properties.cleanOnStart())
				.setRegisterShutdownHook(false)
				.start();
			return new EmbeddedDatabase(postgres, directory, lock);
		}
		catch (IOException | RuntimeException e) {
			release(lock);
			throw new RegieStartupException(
					"embedded PostgreSQL in " + directory + " did not start: " + e.getMessage() + hintForRoot(), e);
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
	private static FileLock lockDataDirectory(Path directory) {
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

	private static void release(FileLock lock) {
		try {
			lock.channel().close();
		}
		catch (IOException ignored) {
			// closing the channel is all we can do; the lock dies with the process anyway
		}
	}

	private static String hintForRoot() {
		return "root".equals(System.getProperty("user.name"))
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
