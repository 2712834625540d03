package nl.regie.bench.generate;

/**
 * One module's part of the city. A module adds one step class and one line in
 * {@link CityGenerator#STEPS}; it writes only its own module's tables.
 */
interface GeneratorStep {

	/** Once, before the households: organisation, accounts, reference data. */
	default void prepare(City city, CopyTables tables) {
	}

	/** For every household, in the order of its first referral. */
	default void household(City city, GeneratedHousehold household, CopyTables tables) {
	}

	/** Once, after the last household. */
	default void finish(City city, CopyTables tables) {
	}

}
