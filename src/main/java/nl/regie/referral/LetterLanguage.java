package nl.regie.referral;

import java.util.Locale;

/**
 * The language Regie writes its letters to a referrer in, and shows their preview in: one
 * of the languages of Regie's message bundles. Dutch unless the intake says otherwise.
 */
enum LetterLanguage {

	NL(Locale.of("nl")), EN(Locale.ENGLISH);

	private final Locale locale;

	LetterLanguage(Locale locale) {
		this.locale = locale;
	}

	public Locale locale() {
		return locale;
	}

	/** The language as stored ({@code nl}, {@code en}); unknown or missing is Dutch. */
	static LetterLanguage of(String code) {
		for (LetterLanguage language : values()) {
			if (language.locale.getLanguage().equals(code)) {
				return language;
			}
		}
		return NL;
	}

	public String code() {
		return locale.getLanguage();
	}

}
