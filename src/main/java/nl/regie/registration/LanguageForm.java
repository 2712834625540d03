package nl.regie.registration;

/**
 * The language a member speaks and whether an interpreter is needed.
 *
 * @param language an ISO 639 code, e.g. {@code ar}; empty clears it
 * @param interpreterNeeded {@code null} as {@code false}
 * @param version the version of the member's language the change was made on
 */
record LanguageForm(String language, Boolean interpreterNeeded, Integer version) {

	boolean interpreter() {
		return Boolean.TRUE.equals(interpreterNeeded);
	}

}
