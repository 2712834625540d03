package nl.regie.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The embedded PostgreSQL writes its output to a file next to the data directory
 * ({@code pgdata.log}), so that when it does not start, Regie can say what PostgreSQL
 * itself said instead of the library's "gave up waiting".
 */
final class ServerLog {

	private static final List<String> SEVERE = List.of("PANIC:", "FATAL:");

	private ServerLog() {
	}

	/** PostgreSQL's last fatal message, with where to read the rest. */
	static Optional<String> reason(Path serverLog) {
		List<String> lines = lines(serverLog);
		for (int i = lines.size() - 1; i >= 0; i--) {
			String line = lines.get(i);
			for (String severity : SEVERE) {
				int at = line.indexOf(severity);
				if (at >= 0) {
					return Optional.of("PostgreSQL says \"" + line.substring(at + severity.length()).strip()
							+ "\" (its log: " + serverLog + ")");
				}
			}
		}
		return Optional.empty();
	}

	static boolean mentions(Path serverLog, String text) {
		return lines(serverLog).stream().anyMatch(line -> line.contains(text));
	}

	private static List<String> lines(Path serverLog) {
		try {
			return Files.exists(serverLog) ? Files.readAllLines(serverLog, StandardCharsets.UTF_8) : List.of();
		}
		catch (IOException unreadable) {
			return List.of();
		}
	}

}
