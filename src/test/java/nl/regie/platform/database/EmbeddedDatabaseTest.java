package nl.regie.platform.database;

import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.regie.platform.RegieStartupException;
import nl.regie.platform.StartupFailure;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded PostgreSQL keeps its data on disk and refuses to be started twice on the
 * same directory.
 */
class EmbeddedDatabaseTest {

	private final EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();

	@TempDir
	Path temp;

	@Test
	void dataEnteredBeforeARestartIsStillThereAfterIt() throws Exception {
		EmbeddedDatabaseProperties properties = EmbeddedDatabaseProperties.durable(temp.resolve("pgdata"));

		try (var first = configuration.embeddedDatabase(properties); var pool = pool(first)) {
			JdbcClient jdbc = JdbcClient.create(pool);
			jdbc.sql("create table note (text text)").update();
			jdbc.sql("insert into note values ('written before restart')").update();
		}
		try (var second = configuration.embeddedDatabase(properties); var pool = pool(second)) {
			assertThat(JdbcClient.create(pool).sql("select text from note").query(String.class).single())
				.isEqualTo("written before restart");
		}
	}

	@Test
	void aSecondRegieOnTheSameDataDirectoryIsRefusedInOneLine() throws Exception {
		EmbeddedDatabaseProperties properties = EmbeddedDatabaseProperties.durable(temp.resolve("pgdata"));

		try (var running = configuration.embeddedDatabase(properties)) {
			assertThatThrownBy(() -> configuration.embeddedDatabase(properties))
				.isInstanceOf(RegieStartupException.class)
				.satisfies(failure -> assertThat(StartupFailure.describe(failure))
					.startsWith("Regie did not start: another Regie is already running on data directory")
					.doesNotContain("\n"));
		}
	}

	@Test
	void aDataDirectoryThatCannotBeCreatedIsReportedInOneLine() throws Exception {
		// Root ignores file permissions, so the parent is made a regular file instead.
		Path impossible = Files.writeString(temp.resolve("a-file"), "x").resolve("pgdata");
		EmbeddedDatabaseProperties properties = EmbeddedDatabaseProperties.durable(impossible);

		assertThatThrownBy(() -> configuration.embeddedDatabase(properties)).isInstanceOf(RegieStartupException.class)
			.hasMessageContaining("data directory " + impossible)
			.hasMessageContaining("REGIE_DATABASE_EMBEDDED_DATA_DIRECTORY");
	}

	private HikariDataSource pool(EmbeddedDatabaseConfiguration.EmbeddedDatabase database) {
		return (HikariDataSource) configuration.dataSource(database);
	}

}
