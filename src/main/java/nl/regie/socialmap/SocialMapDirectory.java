package nl.regie.socialmap;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.regie.organisation.AreaDirectory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The social map as other modules use it, e.g. the plan when a case manager picks an
 * action's owner or refers: search the provisions in use of one municipality, or find
 * one. The social map is public information about organisations, so there is no read to
 * report; callers decide who may pick from it. Withdrawn provisions are never found by a
 * search, but {@link #find} still finds them, so a plan that names one keeps its name.
 */
@Component
public class SocialMapDirectory {

	private final Provisions provisions;

	private final AreaDirectory areas;

	SocialMapDirectory(Provisions provisions, AreaDirectory areas) {
		this.provisions = provisions;
		this.areas = areas;
	}

	/**
	 * The provisions in use that match every filter given, best match first when words
	 * are given, else by name.
	 * @param lifeDomainCode e.g. {@code FINANCES}; {@code null} for any life domain
	 * @param areaId the household's area: finds the provisions of that area, of the areas
	 * above it, and of the whole municipality; {@code null} for any area
	 * @param words free words (Dutch stemming, word starts: "schulden" finds "schuld" and
	 * "schuldhulp"); {@code null} or blank for no words
	 * @param kinds the rungs of the ladder to include; empty for all
	 * @param limit at most this many (1–200)
	 */
	@Transactional(readOnly = true)
	public List<Provision> search(UUID municipalityId, String lifeDomainCode, UUID areaId, String words,
			Set<ProvisionKind> kinds, int limit) {
		List<UUID> serving = areaId == null ? List.of() : areas.withAreasAbove(municipalityId, areaId);
		return provisions
			.search(new ProvisionQuery(municipalityId, lifeDomainCode, areaId, serving, words, kinds, false, limit))
			.stream()
			.map(ProvisionEntry::toProvision)
			.toList();
	}

	/** One provision of the municipality, also when withdrawn. */
	@Transactional(readOnly = true)
	public Optional<Provision> find(UUID municipalityId, UUID id) {
		return provisions.find(municipalityId, id).map(ProvisionEntry::toProvision);
	}

	/**
	 * Whether the provision is withdrawn (still found by {@link #find}, never searched).
	 */
	@Transactional(readOnly = true)
	public boolean isWithdrawn(UUID municipalityId, UUID id) {
		return provisions.find(municipalityId, id).map(ProvisionEntry::withdrawn).orElse(false);
	}

}
