package nl.regie.platform.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a crash of the embedded PostgreSQL does to Regie's data: nothing that was
 * acknowledged is lost, and Regie starts again on the same directory by itself.
 */
class EmbeddedDatabaseCrashTest {

	private static final int WRITERS = 8;

	private static final int ACKNOWLEDGED_BEFORE_THE_KILL = 600;

	private final EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();

	@TempDir
	Path temp;

	/**
	 * Eight clients write as fast as they can; every PostgreSQL process is killed at once
	 * (kill -9, as by a power cut of the server process tree). With the library's test
	 * settings (fsync and synchronous_commit off) the last commits answered were not yet
	 * written and were gone after the restart.
	 */
	@Test
	void everyAcknowledgedWriteSurvivesKill9OfThePostgresServer() throws Exception {
		EmbeddedDatabaseProperties properties = EmbeddedDatabaseProperties.durable(temp.resolve("pgdata"));
		Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
		CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_THE_KILL);
		AtomicLong ids = new AtomicLong();

		var database = configuration.embeddedDatabase(properties);
		try (var pool = pool(database)) {
			JdbcClient jdbc = JdbcClient.create(pool);
			jdbc.sql("create table acknowledged (id bigint primary key, payload text not null)").update();
			ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
			for (int i = 0; i < WRITERS; i++) {
				writers.submit(() -> {
					while (true) {
						long id = ids.incrementAndGet();
						jdbc.sql("insert into acknowledged values (:id, repeat('x', 200))").param("id", id).update();
						acknowledged.add(id);
						enough.countDown();
					}
				});
			}
			assertThat(enough.await(60, TimeUnit.SECONDS)).isTrue();
			List<ProcessHandle> server = LeftoverServer.processesIn(properties.dataDirectory());
			assertThat(server).isNotEmpty();
			server.forEach(ProcessHandle::destroyForcibly);
			writers.shutdown();
			// Each writer ends on its first failed insert.
			assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
		}
		database.close();

		try (var restarted = configuration.embeddedDatabase(properties); var pool = pool(restarted)) {
			List<Long> stored = JdbcClient.create(pool).sql("select id from acknowledged").query(Long.class).list();
			assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_THE_KILL);
			assertThat(Set.copyOf(stored)).containsAll(acknowledged);
		}
	}

	@Test
	void theDefaultServerWritesEveryCommitToDisk() throws Exception {
		EmbeddedDatabaseProperties properties = EmbeddedDatabaseProperties.durable(temp.resolve("pgdata"));
		try (var database = configuration.embeddedDatabase(properties); var pool = pool(database)) {
			JdbcClient jdbc = JdbcClient.create(pool);
			assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
			assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
			assertThat(jdbc.sql("show full_page_writes").query(String.class).single()).isEqualTo("on");
		}
	}

	/**
	 * After a kill, postmaster.pid stays behind; its PID may by now belong to another
	 * process (here: a {@code sleep}), which made PostgreSQL refuse to start.
	 */
	@Test
	void aStalePidFileWhosePidWasReusedDoesNotBlockTheStart() throws Exception {
		EmbeddedDatabaseProperties properties = EmbeddedDatabaseProperties.durable(temp.resolve("pgdata"));
		configuration.embeddedDatabase(properties).close();
		Process unrelated = new ProcessBuilder("sleep", "600").start();
		try {
			Path pidFile = properties.dataDirectory().resolve("postmaster.pid");
			Files.writeString(pidFile, unrelated.pid() + "\n" + properties.dataDirectory() + "\n");

			try (var database = configuration.embeddedDatabase(properties); var pool = pool(database)) {
				assertThat(JdbcClient.create(pool).sql("select 1").query(Integer.class).single()).isEqualTo(1);
			}
		}
		finally {
			unrelated.destroyForcibly();
		}
	}

	/**
	 * Only the postmaster is killed: its backends end by themselves shortly after, and
	 * until they have, PostgreSQL refuses a new server on the directory.
	 */
	@Test
	void aKilledServerWhoseBackendsAreStillEndingIsWaitedFor() throws Exception {
		EmbeddedDatabaseProperties properties = EmbeddedDatabaseProperties.durable(temp.resolve("pgdata"));
		var database = configuration.embeddedDatabase(properties);
		try (var pool = pool(database)) {
			JdbcClient.create(pool).sql("create table note (text text)").update();
			JdbcClient.create(pool).sql("insert into note values ('before the kill')").update();
			long postmaster = LeftoverServer.postmasterPid(properties.dataDirectory().resolve("postmaster.pid"))
				.orElseThrow();
			ProcessHandle.of(postmaster).orElseThrow().destroyForcibly();
		}
		database.close();

		try (var restarted = configuration.embeddedDatabase(properties); var pool = pool(restarted)) {
			assertThat(JdbcClient.create(pool).sql("select text from note").query(String.class).single())
				.isEqualTo("before the kill");
		}
	}

	private HikariDataSource pool(EmbeddedDatabaseConfiguration.EmbeddedDatabase database) {
		return (HikariDataSource) configuration.dataSource(database);
	}

}
