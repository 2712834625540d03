package nl.regie;

import java.nio.file.Path;

import nl.regie.platform.RegieStartupException;
import nl.regie.platform.database.ColdBackup;
import nl.regie.platform.database.EmbeddedDatabaseProperties;

/**
 * {@code java -jar regie.jar backup|restore FILE}, run by {@code ./regie backup} and
 * {@code ./regie restore} before Spring starts: the embedded database must not run while
 * its directory is copied. Says in one line what happened.
 */
final class BackupCommand {

	private BackupCommand() {
	}

	static int run(String command, Path file) {
		if (System.getenv("SPRING_DATASOURCE_URL") != null) {
			System.err.println("regie: SPRING_DATASOURCE_URL is set, so Regie uses an external PostgreSQL; back it up "
					+ "with its own tools, e.g. pg_dump -Fc and pg_restore (see the README).");
			return 2;
		}
		String configured = System.getenv("REGIE_DATABASE_EMBEDDED_DATA_DIRECTORY");
		Path directory = new EmbeddedDatabaseProperties(configured == null ? null : Path.of(configured), false, true)
			.dataDirectory();
		try {
			System.out.println(command.equals("backup") ? ColdBackup.backup(directory, file)
					: ColdBackup.restore(directory, file));
			return 0;
		}
		catch (RegieStartupException refused) {
			System.err.println("regie: " + refused.getMessage());
			return 1;
		}
	}

}
