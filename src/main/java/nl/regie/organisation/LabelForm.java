package nl.regie.organisation;

import java.util.Map;

/**
 * The municipality's own words per message key; an empty text removes the override.
 *
 * @param nl Dutch texts, posted as {@code nl[role.CASE_MANAGER]}
 * @param en English texts, posted as {@code en[role.CASE_MANAGER]}
 */
record LabelForm(Map<String, String> nl, Map<String, String> en) {

	LabelForm {
		nl = nl == null ? Map.of() : nl;
		en = en == null ? Map.of() : en;
	}

}
