package nl.regie.socialmap;

import java.util.Set;
import java.util.UUID;

/**
 * The search of the social map: every field may be left empty.
 *
 * @param lifeDomain a life-domain code
 * @param withdrawn include withdrawn provisions (maintainers only)
 */
record SearchForm(String words, String lifeDomain, UUID areaId, ProvisionKind kind, boolean withdrawn) {

	Set<ProvisionKind> kinds() {
		return kind == null ? Set.of() : Set.of(kind);
	}

	boolean isEmpty() {
		return (words == null || words.isBlank()) && (lifeDomain == null || lifeDomain.isBlank()) && areaId == null
				&& kind == null;
	}

}
