package nl.regie.assessment;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One version of an assessment instrument, as data: the Self-Sufficiency Matrix 2017 (13
 * life domains, the default), its earlier version (11), or a supplement added later by a
 * migration.
 *
 * @param code stable, e.g. {@code ZRM_2017}
 * @param adultsOnly only adult members (18+) are assessed with it
 */
public record Instrument(String code, String nameNl, String nameEn, boolean isDefault, boolean adultsOnly,
		List<InstrumentDomain> domains, List<Level> levels) {

	public Instrument {
		domains = List.copyOf(domains);
		levels = List.copyOf(levels);
	}

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameNl;
	}

	public Optional<InstrumentDomain> domain(String domainCode) {
		return domains.stream().filter(domain -> domain.code().equals(domainCode)).findFirst();
	}

	public boolean hasLevel(int value) {
		return levels.stream().anyMatch(level -> level.value() == value);
	}

	public Optional<Level> level(int value) {
		return levels.stream().filter(level -> level.value() == value).findFirst();
	}

}
