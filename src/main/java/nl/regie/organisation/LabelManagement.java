package nl.regie.organisation;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import nl.regie.identity.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A municipality's own words for roles and terms (buurtteamwerker for casemanager,
 * krachtplan for plan van aanpak), set by its functional administrators.
 */
@Service
class LabelManagement {

	static final Locale DUTCH = Locale.of("nl");

	/**
	 * Long enough for "Specialist buitenring (adviesteam)", short enough for a page
	 * header.
	 */
	static final int MAX_LENGTH = 60;

	private final MunicipalityMessageSource messages;

	private final LabelOverrides overrides;

	LabelManagement(MunicipalityMessageSource messages, LabelOverrides overrides) {
		this.messages = messages;
		this.overrides = overrides;
	}

	/**
	 * In alphabetical order of the Dutch word, the order an administrator looks for them
	 * in.
	 */
	@Transactional(readOnly = true)
	List<LabelRow> labels(CurrentUser user) {
		UUID municipality = OrganisationAccessPolicy.requireAdministrator(user);
		Map<String, String> ownDutch = overrides.all(municipality, DUTCH);
		Map<String, String> ownEnglish = overrides.all(municipality, Locale.ENGLISH);
		return messages.overridableKeys()
			.stream()
			.map(key -> new LabelRow(key, messages.defaultText(key, DUTCH), messages.defaultText(key, Locale.ENGLISH),
					ownDutch.getOrDefault(key, ""), ownEnglish.getOrDefault(key, "")))
			.sorted(Comparator.comparing(LabelRow::defaultDutch, Collator.getInstance(DUTCH)))
			.toList();
	}

	/** Saves all labels or none; keys that are not overridable are ignored. */
	@Transactional
	void save(CurrentUser user, LabelForm form) {
		UUID municipality = OrganisationAccessPolicy.requireAdministrator(user);
		List<String> keys = messages.overridableKeys();
		InputCheck check = new InputCheck();
		keys.forEach(key -> {
			check.rule(fits(form.nl().get(key)), "nl[" + key + "]", "label.tooLong");
			check.rule(fits(form.en().get(key)), "en[" + key + "]", "label.tooLong");
		});
		check.orThrow();
		for (String key : keys) {
			save(municipality, key, DUTCH, form.nl());
			save(municipality, key, Locale.ENGLISH, form.en());
		}
	}

	private void save(UUID municipality, String key, Locale locale, Map<String, String> texts) {
		if (texts.containsKey(key)) {
			overrides.save(municipality, key, locale, texts.get(key));
		}
	}

	private static boolean fits(String text) {
		return text == null || text.strip().length() <= MAX_LENGTH;
	}

}
