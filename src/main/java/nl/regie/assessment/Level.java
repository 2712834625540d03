package nl.regie.assessment;

import java.util.Locale;

/**
 * A level of the matrix: 1 acute problems, 2 not self-sufficient, 3 limited, 4
 * sufficient, 5 fully self-sufficient.
 */
public record Level(int value, String nameNl, String nameEn) {

	public static final int LOWEST = 1;

	public static final int HIGHEST = 5;

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameNl;
	}

	public static boolean valid(int value) {
		return value >= LOWEST && value <= HIGHEST;
	}

}
