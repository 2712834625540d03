package nl.regie.household;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Dutch postcode, stored as {@code 1234AB}; {@code 1234 ab} is accepted and normalised.
 */
public record Postcode(String value) {

	private static final Pattern FORMAT = Pattern.compile("[1-9][0-9]{3} ?[A-Za-z]{2}");

	public Postcode {
		if (!isValid(value)) {
			throw new IllegalArgumentException("not a Dutch postcode");
		}
		value = value.replace(" ", "").toUpperCase(Locale.ROOT);
	}

	public static boolean isValid(String candidate) {
		return candidate != null && FORMAT.matcher(candidate.strip()).matches();
	}

	public static Postcode of(String candidate) {
		return new Postcode(candidate.strip());
	}

	/** The four digits, which areas use for their postcode ranges. */
	public int digits() {
		return Integer.parseInt(value.substring(0, 4));
	}

}
