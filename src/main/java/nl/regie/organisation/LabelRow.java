package nl.regie.organisation;

/**
 * One overridable label: the words from the bundles and the municipality's own, if any.
 */
record LabelRow(String key, String defaultDutch, String defaultEnglish, String ownDutch, String ownEnglish) {

	public boolean isRole() {
		return key.startsWith("role.");
	}

}
