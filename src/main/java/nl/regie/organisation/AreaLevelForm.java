package nl.regie.organisation;

/**
 * Adds the next level below the deepest one.
 */
record AreaLevelForm(String name) {

	static AreaLevelForm empty() {
		return new AreaLevelForm("");
	}

}
