package nl.regie.assessment;

import java.util.Locale;

/**
 * One of the 13 life domains of the Self-Sufficiency Matrix 2017.
 *
 * @param code stable code other tables and API clients refer to, e.g. {@code FINANCES}
 */
public record LifeDomain(String code, int position, String nameNl, String nameEn) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameNl;
	}

}
