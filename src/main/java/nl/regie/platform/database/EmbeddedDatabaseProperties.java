package nl.regie.platform.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL used when no {@code spring.datasource.url} is set.
 *
 * @param dataDirectory where PostgreSQL keeps its files; survives restarts
 * @param cleanOnStart wipe the data directory at start (tests only)
 */
@ConfigurationProperties("regie.database.embedded")
public record EmbeddedDatabaseProperties(Path dataDirectory, boolean cleanOnStart) {

	public EmbeddedDatabaseProperties {
		if (dataDirectory == null) {
			dataDirectory = Path.of(System.getProperty("user.home"), ".regie", "pgdata");
		}
	}

}
