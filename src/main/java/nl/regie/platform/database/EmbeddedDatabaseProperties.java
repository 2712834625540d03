package nl.regie.platform.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL used when no {@code spring.datasource.url} is set.
 *
 * @param dataDirectory where PostgreSQL keeps its files; survives restarts
 * @param cleanOnStart wipe the data directory at start (tests only)
 * @param durable a commit is answered only once it is on disk ({@code fsync} and
 * {@code synchronous_commit} on); only tests switch it off, for speed
 */
@ConfigurationProperties("regie.database.embedded")
public record EmbeddedDatabaseProperties(Path dataDirectory, boolean cleanOnStart,
		@DefaultValue("true") boolean durable) {

	public EmbeddedDatabaseProperties {
		if (dataDirectory == null) {
			dataDirectory = Path.of(System.getProperty("user.home"), ".regie", "pgdata");
		}
	}

	/** Durable settings on the given directory, as in production. */
	public static EmbeddedDatabaseProperties durable(Path dataDirectory) {
		return new EmbeddedDatabaseProperties(dataDirectory, false, true);
	}

}
