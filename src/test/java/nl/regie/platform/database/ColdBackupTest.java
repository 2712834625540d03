package nl.regie.platform.database;

import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.regie.platform.RegieStartupException;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A backup taken of a stopped embedded database brings it back as it was, after later
 * changes; a running Regie's directory is refused, not copied half-way.
 */
class ColdBackupTest {

	@TempDir
	Path work;

	@Test
	void restoreBringsBackWhatWasBackedUpAndKeepsWhatItReplaced() throws IOException {
		Path data = work.resolve("pgdata");
		Path backup = work.resolve("regie-backup.tar.gz");
		withDatabase(data, jdbc -> {
			jdbc.sql("create table household (name text)").update();
			jdbc.sql("insert into household values ('Visser'), ('El Idrissi')").update();
		});

		assertThat(ColdBackup.backup(data, backup)).contains("written to");
		withDatabase(data, jdbc -> jdbc.sql("update household set name = 'gewijzigd'").update());
		assertThat(ColdBackup.restore(data, backup)).contains("Restored").contains("before-restore");

		withDatabase(data,
				jdbc -> assertThat(jdbc.sql("select name from household order by name").query(String.class).list())
					.containsExactly("El Idrissi", "Visser"));
		try (var siblings = Files.list(work)) {
			assertThat(siblings.map(path -> path.getFileName().toString()))
				.anySatisfy(name -> assertThat(name).startsWith("pgdata.before-restore-"));
		}
	}

	@Test
	void aDirectoryInUseIsRefusedInOneLine() throws IOException {
		Path data = work.resolve("pgdata");
		withDatabase(data, jdbc -> jdbc.sql("create table t (x int)").update());
		FileLock running = EmbeddedDatabaseConfiguration.lockDataDirectory(data.toAbsolutePath());
		try {
			assertThatThrownBy(() -> ColdBackup.backup(data, work.resolve("b.tar.gz")))
				.isInstanceOf(RegieStartupException.class)
				.hasMessageContaining("another Regie is already running");
			assertThat(work.resolve("b.tar.gz")).doesNotExist();
		}
		finally {
			EmbeddedDatabaseConfiguration.release(running);
		}
	}

	@Test
	void aFileThatIsNoBackupIsRefusedAndChangesNothing() throws IOException {
		Path data = work.resolve("pgdata");
		withDatabase(data, jdbc -> jdbc.sql("create table t (x int)").update());
		Path notABackup = work.resolve("foto.tar.gz");
		Files.createDirectories(work.resolve("foto"));
		Files.writeString(work.resolve("foto/kiekje.txt"), "geen database");
		new ProcessBuilder("tar", "-czf", notABackup.toString(), "-C", work.toString(), "foto").start().onExit().join();

		assertThatThrownBy(() -> ColdBackup.restore(data, notABackup)).isInstanceOf(RegieStartupException.class)
			.hasMessageContaining("is not a backup");
		assertThat(data.resolve("PG_VERSION")).exists();
	}

	private static void withDatabase(Path data, DatabaseWork work) throws IOException {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.start()) {
			work.on(JdbcClient.create(postgres.getPostgresDatabase()));
		}
	}

	interface DatabaseWork {

		void on(JdbcClient jdbc);

	}

}
