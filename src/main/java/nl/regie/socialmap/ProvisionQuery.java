package nl.regie.socialmap;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a search of the social map asks for; every filter but the municipality may be left
 * out.
 *
 * @param lifeDomainCode e.g. {@code FINANCES}; {@code null} for any
 * @param areaId the area the household lives in: the search finds what serves it (its own
 * provisions, those of the areas above it and those of the whole municipality);
 * {@code null} for any area
 * @param servingAreas the area and the areas above it (from the organisation module)
 * @param words free words, matched with Dutch stemming and as the start of a word
 * @param kinds empty for every kind
 * @param withdrawn whether withdrawn provisions are included (the maintainers' list)
 */
record ProvisionQuery(UUID municipalityId, String lifeDomainCode, UUID areaId, List<UUID> servingAreas, String words,
		Set<ProvisionKind> kinds, boolean withdrawn, int limit) {

	ProvisionQuery {
		servingAreas = servingAreas == null ? List.of() : List.copyOf(servingAreas);
		kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
		lifeDomainCode = lifeDomainCode == null || lifeDomainCode.isBlank() ? null : lifeDomainCode.strip();
		words = words == null || words.isBlank() ? null : words.strip();
		limit = Math.clamp(limit, 1, 200);
	}

}
