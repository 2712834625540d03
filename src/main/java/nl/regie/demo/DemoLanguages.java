package nl.regie.demo;

import java.util.List;
import java.util.Map;

/**
 * The languages some demo household members speak, so the household card shows an
 * interpreter: Moussa Diallo speaks Fula and needs one, Aisha Diallo speaks French and
 * does not. Keyed by the member's full name.
 */
final class DemoLanguages {

	private DemoLanguages() {
	}

	/** ISO 639 code, interpreter needed ("true"/"false") */
	static final Map<String, List<String>> BY_MEMBER = Map.of("Moussa Diallo", List.of("ff", "true"), "Aisha Diallo",
			List.of("fr", "false"));

}
