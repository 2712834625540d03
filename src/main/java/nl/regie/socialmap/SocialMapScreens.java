package nl.regie.socialmap;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import nl.regie.assessment.LifeDomain;
import nl.regie.assessment.LifeDomains;

/** What the social map's screens share. */
final class SocialMapScreens {

	private SocialMapScreens() {
	}

	/**
	 * Life-domain code to its name in the user's language, in the order of the matrix.
	 */
	static Map<String, String> domainNames(LifeDomains lifeDomains, Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		for (LifeDomain domain : lifeDomains.all()) {
			names.put(domain.code(), domain.name(locale));
		}
		return names;
	}

}
