package nl.regie.socialmap;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A provision with everything the screens show.
 *
 * @param areaId {@code null} when it serves the whole municipality
 * @param areaName {@code null} when it serves the whole municipality
 */
record ProvisionEntry(UUID id, UUID areaId, String areaName, String organisation, String name, ProvisionKind kind,
		List<String> lifeDomains, String description, String targetGroups, String howToRefer, String contact,
		String address, String postcode, String openingHours, boolean withdrawn, int version, Instant changedAt) {

	ProvisionEntry inArea(String areaPath) {
		return new ProvisionEntry(id, areaId, areaPath, organisation, name, kind, lifeDomains, description,
				targetGroups, howToRefer, contact, address, postcode, openingHours, withdrawn, version, changedAt);
	}

	Provision toProvision() {
		return new Provision(id, organisation, name, kind, lifeDomains, howToRefer, contact);
	}

}
