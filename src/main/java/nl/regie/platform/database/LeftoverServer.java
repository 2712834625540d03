package nl.regie.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.regie.platform.RegieStartupException;

/**
 * A PostgreSQL that a crashed Regie left behind on its data directory. PostgreSQL runs as
 * its own processes, so when Regie's JVM is killed (kill -9, out of memory) the server
 * keeps running and holds the directory; the next Regie would then fail to start its own
 * server. Only called while Regie holds the data directory's file lock, so whatever still
 * runs on the directory belongs to no living Regie.
 * <p>
 * A PostgreSQL process is recognised by its working directory: the postmaster and every
 * backend change into the data directory ({@code /proc/<pid>/cwd} on Linux), which is
 * more reliable than the PID in {@code postmaster.pid}, which another process may have
 * been given since.
 */
final class LeftoverServer {

	private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);

	static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

	private LeftoverServer() {
	}

	/**
	 * Stops what still runs on the directory and removes a stale {@code postmaster.pid}.
	 * @return what was done, for the log; empty when the directory was clean
	 * @throws RegieStartupException when a leftover server does not stop in time
	 */
	static Optional<String> clear(Path dataDirectory) {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		List<ProcessHandle> running = processesIn(dataDirectory);
		Optional<Long> postmaster = postmasterPid(pidFile);
		if (running.isEmpty()) {
			if (Files.exists(pidFile)) {
				deleteStale(pidFile);
				return Optional.of("the embedded PostgreSQL on " + dataDirectory
						+ " had not shut down cleanly (crash or kill); it recovers from its write-ahead log now");
			}
			return Optional.empty();
		}
		Optional<ProcessHandle> server = postmaster.flatMap(ProcessHandle::of)
			.filter(handle -> running.stream().anyMatch(p -> p.pid() == handle.pid()));
		if (server.isPresent()) {
			long pid = server.get().pid();
			fastShutdown(server.get());
			awaitExit(running, dataDirectory, pid);
			return Optional
				.of("stopped the embedded PostgreSQL (pid " + pid + ") that an earlier Regie left running on "
						+ dataDirectory + " (it did not shut down, e.g. killed); nothing was lost");
		}
		// The server itself is gone (killed), its backends are still ending.
		awaitExit(running, dataDirectory, running.get(0).pid());
		deleteStale(pidFile);
		return Optional.of("the embedded PostgreSQL on " + dataDirectory
				+ " had been killed; waited for its last processes to end; it recovers from its write-ahead log now");
	}

	/** Every process whose working directory is the data directory. */
	static List<ProcessHandle> processesIn(Path dataDirectory) {
		Path real;
		try {
			real = dataDirectory.toRealPath();
		}
		catch (IOException missing) {
			return List.of();
		}
		long self = ProcessHandle.current().pid();
		return ProcessHandle.allProcesses()
			.filter(p -> p.pid() != self && real.equals(workingDirectory(p.pid())))
			.toList();
	}

	static Optional<Long> postmasterPid(Path pidFile) {
		try {
			List<String> lines = Files.readAllLines(pidFile);
			return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
		}
		catch (IOException | NumberFormatException unreadable) {
			return Optional.empty();
		}
	}

	private static Path workingDirectory(long pid) {
		try {
			return Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "cwd"));
		}
		catch (IOException | UnsupportedOperationException | SecurityException notVisible) {
			return null;
		}
	}

	/**
	 * SIGINT is PostgreSQL's "fast" shutdown: open transactions are rolled back, a
	 * checkpoint is written, the server ends. Java can only send SIGTERM ("smart": waits
	 * for clients to leave), which is the fallback.
	 */
	private static void fastShutdown(ProcessHandle server) {
		try {
			Process kill = new ProcessBuilder("kill", "-INT", Long.toString(server.pid())).redirectErrorStream(true)
				.start();
			if (kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0) {
				return;
			}
		}
		catch (IOException noKillCommand) {
			log.debug("kill -INT not available", noKillCommand);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		server.destroy();
	}

	private static void awaitExit(List<ProcessHandle> processes, Path dataDirectory, long pid) {
		CompletableFuture<?>[] exits = processes.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
		try {
			CompletableFuture.allOf(exits).get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (TimeoutException e) {
			throw new RegieStartupException("a PostgreSQL (pid " + pid + ") left by an earlier Regie on data directory "
					+ dataDirectory + " did not stop within " + STOP_TIMEOUT.toSeconds() + " s; stop it (kill " + pid
					+ ") and start Regie again.");
		}
		catch (ExecutionException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new RegieStartupException("interrupted while stopping the PostgreSQL left on " + dataDirectory);
		}
	}

	private static void deleteStale(Path pidFile) {
		try {
			Files.deleteIfExists(pidFile);
		}
		catch (IOException e) {
			throw new RegieStartupException("the stale " + pidFile + " cannot be removed (" + e.getMessage()
					+ "); remove it and start Regie again.");
		}
	}

}
