package nl.regie.platform.database;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
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
