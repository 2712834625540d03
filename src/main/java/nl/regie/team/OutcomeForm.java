package nl.regie.team;

/**
 * The outcome of one agenda item, as typed at the table.
 */
record OutcomeForm(String itemKey, String question, String advice, String decision, Boolean postponed) {

	boolean isPostponed() {
		return Boolean.TRUE.equals(postponed);
	}

	static OutcomeForm empty() {
		return new OutcomeForm(null, null, null, null, false);
	}

}
