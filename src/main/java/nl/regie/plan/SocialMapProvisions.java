package nl.regie.plan;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.regie.socialmap.Provision;
import nl.regie.socialmap.ProvisionKind;
import nl.regie.socialmap.SocialMapDirectory;

import org.springframework.stereotype.Component;

/**
 * The nudge's provisions and the professional owners from the social map. A family group
 * conference (Eigen Kracht) is offered with the collective rung: the family makes its own
 * plan with its network.
 */
@Component
class SocialMapProvisions implements CloserProvisions {

	private final SocialMapDirectory directory;

	SocialMapProvisions(SocialMapDirectory directory) {
		this.directory = directory;
	}

	@Override
	public List<Option> search(UUID municipalityId, String lifeDomain, List<OwnerRung> rungs, int limit) {
		Set<ProvisionKind> kinds = EnumSet.noneOf(ProvisionKind.class);
		rungs.forEach(rung -> {
			switch (rung) {
				case COLLECTIVE -> {
					kinds.add(ProvisionKind.COLLECTIVE);
					kinds.add(ProvisionKind.FAMILY_GROUP_CONFERENCE);
				}
				case VOLUNTEER -> kinds.add(ProvisionKind.VOLUNTEER);
				case PROFESSIONAL -> kinds.add(ProvisionKind.PROFESSIONAL);
				default -> {
				}
			}
		});
		if (kinds.isEmpty()) {
			return List.of();
		}
		return directory.search(municipalityId, lifeDomain, null, null, kinds, limit)
			.stream()
			.map(SocialMapProvisions::option)
			.collect(Collectors.toList());
	}

	@Override
	public Optional<Option> find(UUID municipalityId, UUID id) {
		return directory.find(municipalityId, id).map(SocialMapProvisions::option);
	}

	private static Option option(Provision provision) {
		OwnerRung rung = switch (provision.kind()) {
			case COLLECTIVE, FAMILY_GROUP_CONFERENCE -> OwnerRung.COLLECTIVE;
			case VOLUNTEER -> OwnerRung.VOLUNTEER;
			case PROFESSIONAL -> OwnerRung.PROFESSIONAL;
		};
		return new Option(provision.id(), provision.organisation(), provision.name(), rung, provision.howToRefer(),
				provision.contact());
	}

}
