package nl.regie.referral;

/** Optional free text: what is left empty or only spaces is not given. */
final class Blank {

	private Blank() {
	}

	static String toNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
