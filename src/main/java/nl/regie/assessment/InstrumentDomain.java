package nl.regie.assessment;

import java.util.Locale;

/**
 * A life domain of one instrument version.
 *
 * @param code stable within its instrument, e.g. {@code FINANCES}; other tables and API
 * clients refer to it
 * @param criminalOffenceData notes on it are criminal-offence data (the justice domain):
 * only the case manager and the backup read them
 */
public record InstrumentDomain(String code, int position, String nameNl, String nameEn, boolean criminalOffenceData) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameNl;
	}

}
