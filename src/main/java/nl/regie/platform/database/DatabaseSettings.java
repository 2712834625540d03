package nl.regie.platform.database;

import java.time.Duration;

final class DatabaseSettings {

	/**
	 * How long a request waits for a database connection before failing; short, so the
	 * health check says DOWN quickly when the database is gone. External databases get
	 * the same through spring.datasource.hikari.connection-timeout.
	 */
	static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(5);

	private DatabaseSettings() {
	}

}
