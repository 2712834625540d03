package nl.regie.household;

/**
 * A citizen service number (burgerservicenummer), checked with the 11-test.
 */
public record Bsn(String value) {

	public Bsn {
		if (!isValid(value)) {
			throw new IllegalArgumentException("not a valid BSN");
		}
	}

	/**
	 * The 11-test: nine digits d1..d9, 9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11 (and
	 * not 0).
	 */
	public static boolean isValid(String candidate) {
		if (candidate == null || !candidate.matches("\\d{9}")) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += (9 - i) * (candidate.charAt(i) - '0');
		}
		sum -= candidate.charAt(8) - '0';
		return sum != 0 && sum % 11 == 0;
	}

	/** Never the whole number on a screen that does not need it. */
	@Override
	public String toString() {
		return "Bsn[*****" + value.substring(5) + "]";
	}

}
