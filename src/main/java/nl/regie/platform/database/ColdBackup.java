package nl.regie.platform.database;

import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

import nl.regie.platform.RegieStartupException;

/**
 * {@code ./regie backup FILE} and {@code ./regie restore FILE} for the embedded database:
 * PostgreSQL's file system level backup, a copy of the whole data directory taken while
 * no server runs on it (PostgreSQL documentation, "File System Level Backup"). The
 * embedded binaries ship no {@code pg_dump}, and a stopped directory is consistent by
 * definition. The data directory's lock is held throughout, so a running Regie refuses
 * the backup in one line instead of being copied half-way; a server left behind by a
 * crashed Regie is stopped first, cleanly.
 */
public final class ColdBackup {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private ColdBackup() {
	}

	/**
	 * Writes the data directory to a gzipped tar file, replacing it only when complete.
	 */
	public static String backup(Path dataDirectory, Path file) {
		Path directory = dataDirectory.toAbsolutePath();
		FileLock lock = EmbeddedDatabaseConfiguration.lockDataDirectory(directory);
		try {
			LeftoverServer.clear(directory);
			if (!Files.exists(directory.resolve("PG_VERSION"))) {
				throw new RegieStartupException("there is no database in " + directory + " to back up.");
			}
			Path target = file.toAbsolutePath();
			Path partial = target.resolveSibling(target.getFileName() + ".partial");
			tar(List.of("tar", "-czf", partial.toString(), "-C", directory.getParent().toString(),
					directory.getFileName().toString()));
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return "Backup of " + directory + " written to " + target + " (" + Files.size(target) / 1024 + " KiB).";
		}
		catch (IOException e) {
			throw new RegieStartupException("backup to " + file + " failed: " + e.getMessage(), e);
		}
		finally {
			EmbeddedDatabaseConfiguration.release(lock);
		}
	}

	/**
	 * Replaces the data directory by the backup's. The directory it replaces is kept next
	 * to it, renamed with the time of the restore, so a restore of the wrong file loses
	 * nothing.
	 */
	public static String restore(Path dataDirectory, Path file) {
		Path directory = dataDirectory.toAbsolutePath();
		if (!Files.isRegularFile(file)) {
			throw new RegieStartupException("there is no backup file " + file.toAbsolutePath() + ".");
		}
		FileLock lock = EmbeddedDatabaseConfiguration.lockDataDirectory(directory);
		try {
			LeftoverServer.clear(directory);
			Path unpacked = Files.createTempDirectory(directory.getParent(), ".restore-");
			tar(List.of("tar", "-xzf", file.toAbsolutePath().toString(), "-C", unpacked.toString()));
			Path restored = onlyDatabaseIn(unpacked, file);
			String kept = "";
			if (Files.exists(directory.resolve("PG_VERSION"))) {
				Path previous = directory
					.resolveSibling(directory.getFileName() + ".before-restore-" + LocalDateTime.now().format(STAMP));
				Files.move(directory, previous);
				kept = " The database it replaced is kept in " + previous + ".";
			}
			else {
				deleteEmpty(directory);
			}
			Files.move(restored, directory);
			deleteEmpty(unpacked);
			return "Restored " + directory + " from " + file.toAbsolutePath() + "." + kept;
		}
		catch (IOException e) {
			throw new RegieStartupException("restore from " + file + " failed: " + e.getMessage(), e);
		}
		finally {
			EmbeddedDatabaseConfiguration.release(lock);
		}
	}

	private static Path onlyDatabaseIn(Path unpacked, Path file) throws IOException {
		try (Stream<Path> entries = Files.list(unpacked)) {
			List<Path> found = entries.filter(entry -> Files.exists(entry.resolve("PG_VERSION"))).toList();
			if (found.size() != 1) {
				throw new RegieStartupException(file + " is not a backup made by ./regie backup.");
			}
			return found.get(0);
		}
	}

	private static void deleteEmpty(Path directory) throws IOException {
		if (Files.isDirectory(directory)) {
			try (Stream<Path> entries = Files.list(directory)) {
				if (entries.findAny().isEmpty()) {
					Files.delete(directory);
				}
			}
		}
	}

	private static void tar(List<String> command) throws IOException {
		Process tar = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(tar.getInputStream().readAllBytes());
		try {
			if (tar.waitFor() != 0) {
				throw new IOException("tar failed: " + output.strip());
			}
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while tar ran", interrupted);
		}
	}

}
