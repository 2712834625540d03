package nl.regie.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** What the benchmark ran on: processor, cores, memory, and how busy the machine was. */
final class Machine {

	private Machine() {
	}

	static String describe() {
		String cpu = read("/proc/cpuinfo")
			.flatMap(text -> text.lines()
				.filter(line -> line.startsWith("model name"))
				.findFirst()
				.map(line -> line.substring(line.indexOf(':') + 1).strip()))
			.orElse("unknown processor");
		String memory = read("/proc/meminfo")
			.flatMap(text -> text.lines()
				.filter(line -> line.startsWith("MemTotal"))
				.findFirst()
				.map(line -> Math.round(Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0) + " GiB"))
			.orElse("?");
		return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores, " + memory + " memory, Java "
				+ System.getProperty("java.version") + ", load average at start " + loadAverage();
	}

	static String loadAverage() {
		return read("/proc/loadavg").map(text -> String.join(" ", Arrays.copyOf(text.split(" "), 3))).orElse("?");
	}

	private static Optional<String> read(String file) {
		try {
			return Optional.of(Files.readString(Path.of(file)));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

}
