package nl.regie.socialmap;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.regie.identity.CurrentUser;
import nl.regie.organisation.AreaDirectory;
import nl.regie.organisation.AreaSummary;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The social map for the screens and the API: a search with the areas named by their
 * path. Only maintainers may include withdrawn provisions.
 */
@Service
class SocialMapQuery {

	static final int PAGE = 50;

	private final Provisions provisions;

	private final AreaDirectory areas;

	private final SocialMapAccessPolicy access;

	SocialMapQuery(Provisions provisions, AreaDirectory areas, SocialMapAccessPolicy access) {
		this.provisions = provisions;
		this.areas = areas;
		this.access = access;
	}

	@Transactional(readOnly = true)
	List<ProvisionEntry> search(CurrentUser user, String lifeDomainCode, UUID areaId, String words,
			Set<ProvisionKind> kinds, boolean withdrawn, int limit) {
		access.search(user).orRefuse();
		UUID municipality = user.municipalityId();
		List<UUID> serving = areaId == null ? List.of() : areas.withAreasAbove(municipality, areaId);
		boolean includeWithdrawn = withdrawn && SocialMapAccessPolicy.maintainer(user);
		return named(municipality, provisions.search(new ProvisionQuery(municipality, lifeDomainCode, areaId, serving,
				words, kinds, includeWithdrawn, limit)));
	}

	@Transactional(readOnly = true)
	List<AreaSummary> areas(CurrentUser user) {
		return areas.areasWithPaths(user.municipalityId());
	}

	List<ProvisionEntry> named(UUID municipality, List<ProvisionEntry> entries) {
		Map<UUID, String> names = areas.areasWithPaths(municipality)
			.stream()
			.collect(Collectors.toMap(AreaSummary::id, AreaSummary::name));
		return entries.stream().map(entry -> entry.inArea(names.get(entry.areaId()))).toList();
	}

	ProvisionEntry named(UUID municipality, ProvisionEntry entry) {
		return named(municipality, List.of(entry)).getFirst();
	}

}
