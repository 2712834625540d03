package nl.regie.bench.generate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Fills an empty, migrated Regie database with a generated city, through COPY. Each
 * module has one step; a module that lands adds its step here, after the steps whose rows
 * it builds on.
 */
public final class CityGenerator {

	/** The steps in order: one per module. */
	static final List<Supplier<GeneratorStep>> STEPS = List.of(OrganisationStep::new, IdentityStep::new,
			SocialMapStep::new, HouseholdStep::new, ReferralStep::new, CaseFileStep::new, TeamStep::new,
			RegistrationStep::new, PlanStep::new, ConsentStep::new, TaskCardStep::new, PrivacyStep::new);

	public static final String PASSWORD = IdentityStep.PASSWORD;

	private final String url;

	private final String user;

	private final String password;

	public CityGenerator(String url, String user, String password) {
		this.url = url;
		this.user = user;
		this.password = password;
	}

	/** Rows written per table, and how long it took. */
	public record Report(Map<String, Long> rows, Duration generation, Duration vacuum) {
	}

	public Report generate(City.Settings settings) throws SQLException {
		requireEmpty();
		long start = System.nanoTime();
		City city = new City(settings);
		List<GeneratorStep> steps = STEPS.stream().map(Supplier::get).toList();
		SecondaryIndexes indexes;
		try (Connection connection = connect()) {
			indexes = SecondaryIndexes.setAside(connection);
		}
		Map<String, Long> rows;
		try (CopyTables tables = new CopyTables(this.url, this.user, this.password)) {
			for (GeneratorStep step : steps) {
				step.prepare(city, tables);
			}
			long span = ChronoUnit.DAYS.between(city.firstDay, city.today);
			long households = settings.households();
			for (long i = 0; i < households; i++) {
				LocalDate firstReceived = city.firstDay.plusDays(i * span / households);
				GeneratedHousehold household = new GeneratedHousehold(city.id(), city.teamForHousehold(),
						firstReceived);
				for (GeneratorStep step : steps) {
					step.household(city, household, tables);
				}
				if ((i + 1) % 100_000 == 0) {
					System.out.printf("  %,d households…%n", i + 1);
				}
			}
			for (GeneratorStep step : steps) {
				step.finish(city, tables);
			}
			rows = tables.counts();
		}
		long copied = System.nanoTime();
		System.out.printf("  copied in %d s; building %d indexes…%n", (copied - start) / 1_000_000_000L,
				indexes.count());
		try (Connection connection = connect()) {
			indexes.rebuild(connection);
		}
		long loaded = System.nanoTime();
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute("vacuum (analyze)");
		}
		long end = System.nanoTime();
		return new Report(rows, Duration.ofNanos(loaded - start), Duration.ofNanos(end - loaded));
	}

	private void requireEmpty() throws SQLException {
		try (Connection connection = connect();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select count(*) from municipality")) {
			rs.next();
			if (rs.getLong(1) > 0) {
				throw new IllegalStateException(
						"the database already holds municipalities; generate into an empty one");
			}
		}
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(this.url, this.user, this.password);
	}

	/** Settings from the command line's words. */
	public static City.Settings settings(long households, double childrenShare, double years, long seed,
			LocalDate today) {
		return new City.Settings(households, childrenShare, years, seed, today);
	}

}
