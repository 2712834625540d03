package nl.regie.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import nl.regie.bench.generate.City;
import nl.regie.bench.generate.CityGenerator;

/**
 * The command line of {@code ./regie bench}. Named sizes: {@code smoke} (2,000
 * households, the CI run), {@code small} (10,000), {@code medium} (100,000) and
 * {@code large} (1,000,000).
 */
record Options(String size, long households, double childrenShare, double years, long seed, Path directory,
		boolean regenerate, boolean generateOnly, boolean verifyAudit, List<Integer> levels, double phaseSeconds,
		double warmupSeconds, int mixedUsers, double mixedSeconds, int replayWarmup, int replayRepetitions,
		int databasePort, Path jar) {

	static final Map<String, Long> SIZES = Map.of("smoke", 2_000L, "small", 10_000L, "medium", 100_000L, "large",
			1_000_000L);

	static final String USAGE = """
			usage: ./regie bench [--size smoke|small|medium|large | --households N] [--smoke]
			                     [--children-share 0.8] [--years 5] [--seed 11] [--dir DIR] [--regenerate]
			                     [--generate-only] [--levels 1,16,64] [--seconds 15] [--mixed-users 64]
			                     [--mixed-seconds 60] [--db-port N]""";

	static Options parse(String[] args) {
		String size = "small";
		Long households = null;
		double children = 0.8;
		double years = 5;
		long seed = 11;
		Path dir = null;
		boolean regenerate = false;
		boolean generateOnly = false;
		boolean smoke = false;
		List<Integer> levels = List.of(1, 16, 64);
		double seconds = 15;
		Integer mixedUsers = null;
		double mixedSeconds = 60;
		int port = 0;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			switch (arg) {
				case "--size" -> size = args[++i];
				case "--households" -> households = Long.parseLong(args[++i].replace("_", ""));
				case "--children-share" -> children = Double.parseDouble(args[++i]);
				case "--years" -> years = Double.parseDouble(args[++i]);
				case "--seed" -> seed = Long.parseLong(args[++i]);
				case "--dir" -> dir = Path.of(args[++i]);
				case "--regenerate" -> regenerate = true;
				case "--generate-only" -> generateOnly = true;
				case "--smoke" -> smoke = true;
				case "--levels" -> levels = Arrays.stream(args[++i].split(",")).map(Integer::parseInt).toList();
				case "--seconds" -> seconds = Double.parseDouble(args[++i]);
				case "--mixed-users" -> mixedUsers = Integer.parseInt(args[++i]);
				case "--mixed-seconds" -> mixedSeconds = Double.parseDouble(args[++i]);
				case "--db-port" -> port = Integer.parseInt(args[++i]);
				default -> throw new IllegalArgumentException("unknown option " + arg + "\n" + USAGE);
			}
		}
		if (smoke) {
			size = "smoke";
			regenerate = true;
			levels = List.of(4);
			seconds = 1;
			mixedSeconds = 3;
			mixedUsers = mixedUsers == null ? 16 : mixedUsers;
		}
		if (households == null) {
			households = SIZES.get(size);
			if (households == null) {
				throw new IllegalArgumentException("unknown size " + size + "\n" + USAGE);
			}
		}
		else {
			size = households + " households";
		}
		if (dir == null) {
			dir = Path.of(System.getProperty("java.io.tmpdir"), "regie-bench",
					smoke ? "smoke" : Bench.slug(size.replace(" households", "")));
		}
		int maxLevel = levels.stream().mapToInt(Integer::intValue).max().orElse(1);
		return new Options(size, households, children, years, seed, dir, regenerate, generateOnly, smoke, levels,
				seconds, smoke ? 0 : 5, mixedUsers == null ? maxLevel : mixedUsers, mixedSeconds, smoke ? 3 : 50,
				smoke ? 10 : 300, port, Path.of("target", "regie.jar").toAbsolutePath());
	}

	/** What makes two cities the same one (the reference date is kept from the first). */
	Properties cityProperties() {
		Properties properties = new Properties();
		properties.setProperty("households", Long.toString(this.households));
		properties.setProperty("childrenShare", Double.toString(this.childrenShare));
		properties.setProperty("years", Double.toString(this.years));
		properties.setProperty("seed", Long.toString(this.seed));
		properties.setProperty("format", "4");
		return properties;
	}

	City.Settings settings() {
		return CityGenerator.settings(this.households, this.childrenShare, this.years, this.seed,
				LocalDate.now(ZoneOffset.UTC));
	}

}
