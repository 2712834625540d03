package nl.regie.socialmap;

import java.util.List;
import java.util.UUID;

/**
 * A provision as the form and the API send it.
 *
 * @param areaId empty for the whole municipality
 * @param lifeDomains codes, e.g. {@code FINANCES}
 * @param version the version the form was shown in; only when changing
 */
record ProvisionForm(UUID areaId, String organisation, String name, ProvisionKind kind, List<String> lifeDomains,
		String description, String targetGroups, String howToRefer, String contact, String address, String postcode,
		String openingHours, Integer version) {

	static ProvisionForm empty() {
		return new ProvisionForm(null, "", "", null, List.of(), "", "", "", "", "", "", "", null);
	}

	static ProvisionForm of(ProvisionEntry entry) {
		return new ProvisionForm(entry.areaId(), entry.organisation(), entry.name(), entry.kind(), entry.lifeDomains(),
				entry.description(), entry.targetGroups(), entry.howToRefer(), entry.contact(), entry.address(),
				entry.postcode(), entry.openingHours(), entry.version());
	}

	ProvisionForm atVersion(int current) {
		return new ProvisionForm(areaId, organisation, name, kind, lifeDomains, description, targetGroups, howToRefer,
				contact, address, postcode, openingHours, current);
	}

	ProvisionDetails toDetails() {
		return new ProvisionDetails(areaId, organisation, name, kind, lifeDomains, description, targetGroups,
				howToRefer, contact, address, postcode, openingHours);
	}

}
