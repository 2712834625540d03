package nl.regie.socialmap;

import java.util.Set;
import java.util.UUID;

/**
 * The search of the social map: every field may be left empty.
 *
 * @param lifeDomain a life-domain code
 * @param withdrawn include withdrawn provisions (maintainers only); {@code null} for no
 */
record SearchForm(String words, String lifeDomain, UUID areaId, ProvisionKind kind, Boolean withdrawn) {

	boolean includeWithdrawn() {
		return Boolean.TRUE.equals(withdrawn);
	}

	Set<ProvisionKind> kinds() {
		return kind == null ? Set.of() : Set.of(kind);
	}

	boolean isEmpty() {
		return (words == null || words.isBlank()) && (lifeDomain == null || lifeDomain.isBlank()) && areaId == null
				&& kind == null;
	}

}
