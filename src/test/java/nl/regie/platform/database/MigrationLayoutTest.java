package nl.regie.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.regie.RegieApplication;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migrations live in the folder of the module that owns the tables
 * ({@code db/migration/<module>/}), and every migration added since the per-module layout
 * carries a timestamp version, so that modules built side by side never claim the same
 * number (ARCHITECTURE.md, "Data").
 */
class MigrationLayoutTest {

	/**
	 * The numbered migrations that landed before the per-module layout; never renamed.
	 */
	private static final int LAST_NUMBERED_VERSION = 20;

	private static final Pattern NUMBERED = Pattern.compile("V(\\d{1,2})__\\w+\\.sql");

	private static final Pattern TIMESTAMPED = Pattern
		.compile("V(\\d{4})_(\\d{2})_(\\d{2})_(\\d{4})__([a-z]+)_\\w+\\.sql");

	@Test
	void everyMigrationLivesInTheFolderOfAnExistingModule() throws IOException {
		Set<String> modules = ApplicationModules.of(RegieApplication.class)
			.stream()
			.map(ApplicationModule::getIdentifier)
			.map(Object::toString)
			.collect(Collectors.toSet());
		assertThat(migrations()).isNotEmpty().allSatisfy(migration -> {
			assertThat(migration.folder()).as(migration.path()).isIn(modules);
		});
	}

	@Test
	void newMigrationsCarryATimestampAndTheirModulesName() throws IOException {
		assertThat(migrations()).allSatisfy(migration -> {
			var numbered = NUMBERED.matcher(migration.file());
			var timestamped = TIMESTAMPED.matcher(migration.file());
			if (numbered.matches()) {
				assertThat(Integer.parseInt(numbered.group(1))).as(migration.path())
					.isLessThanOrEqualTo(LAST_NUMBERED_VERSION);
			}
			else {
				assertThat(timestamped.matches())
					.as(migration.path() + " must be named V<yyyy_MM_dd_HHmm>__<module>_<what>.sql")
					.isTrue();
				assertThat(timestamped.group(5)).as(migration.path()).isEqualTo(migration.folder());
			}
		});
	}

	/**
	 * Two branches that wrote a migration in the same minute claim the same version;
	 * Flyway would refuse to start. Rename the one that has not landed.
	 */
	@Test
	void noTwoMigrationsShareAVersion() throws IOException {
		assertThat(
				migrations().stream().map(migration -> migration.file().substring(0, migration.file().indexOf("__"))))
			.doesNotHaveDuplicates();
	}

	/**
	 * A database that ran main checks every applied migration's checksum and refuses one
	 * it has not applied that is older than its newest: a landed migration changed or
	 * renamed, or a branch's migration dated before main's newest, would stop every
	 * installation from starting after the upgrade.
	 */
	@Test
	void landedMigrationsStayAsTheyLandedAndNewOnesComeAfterThem() throws IOException {
		Map<String, String> landed = landed();
		Map<String, Migration> present = migrations().stream()
			.collect(Collectors.toMap(Migration::path, migration -> migration));
		landed.forEach((path, sha) -> {
			assertThat(present).as("landed migration " + path + " was renamed or removed").containsKey(path);
			assertThat(sha256(present.get(path))).as("landed migration " + path + " was edited").isEqualTo(sha);
		});
		String newestLanded = landed.keySet()
			.stream()
			.map(MigrationLayoutTest::version)
			.max(String::compareTo)
			.orElseThrow();
		assertThat(present.values()).filteredOn(migration -> !landed.containsKey(migration.path()))
			.allSatisfy(migration -> assertThat(version(migration.path())).as(migration.path())
				.isGreaterThan(newestLanded));
	}

	/** Timestamped versions compare as text; the numbered ones all come before them. */
	private static String version(String path) {
		String file = path.substring(path.lastIndexOf('/') + 1);
		String version = file.substring(1, file.indexOf("__"));
		return version.contains("_") ? version : "0000_" + String.format("%04d", Integer.parseInt(version));
	}

	private static Map<String, String> landed() throws IOException {
		try (var in = MigrationLayoutTest.class.getResourceAsStream("/db/landed-migrations.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(line -> line.split("\\s+"))
				.collect(Collectors.toMap(parts -> parts[1], parts -> parts[0]));
		}
	}

	private static String sha256(Migration migration) {
		try (var in = new PathMatchingResourcePatternResolver()
			.getResource("classpath:db/migration/" + migration.path())
			.getInputStream()) {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
		}
		catch (IOException | NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<Migration> migrations() throws IOException {
		Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/**/*.sql");
		return Arrays.stream(found).map(Migration::of).toList();
	}

	private record Migration(String folder, String file, String path) {

		static Migration of(Resource resource) {
			try {
				String path = resource.getURL().getPath();
				String relative = path.substring(path.indexOf("db/migration/") + "db/migration/".length());
				int slash = relative.lastIndexOf('/');
				return new Migration(slash < 0 ? "" : relative.substring(0, slash), relative.substring(slash + 1),
						relative);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
