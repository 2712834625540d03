package nl.regie.socialmap;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a maintainer says about a provision, from a form, the API or a row of an import.
 * Texts are stripped and never {@code null}; {@link SocialMapManagement} checks the rest.
 *
 * @param areaId {@code null} when it serves the whole municipality
 * @param postcode {@code null} or empty when it has no address of its own (an online
 * service)
 */
record ProvisionDetails(UUID areaId, String organisation, String name, ProvisionKind kind, List<String> lifeDomains,
		String description, String targetGroups, String howToRefer, String contact, String address, String postcode,
		String openingHours) {

	ProvisionDetails {
		organisation = text(organisation);
		name = text(name);
		lifeDomains = lifeDomains == null ? List.of()
				: lifeDomains.stream()
					.filter(Objects::nonNull)
					.map(String::strip)
					.filter(s -> !s.isEmpty())
					.distinct()
					.toList();
		description = text(description);
		targetGroups = text(targetGroups);
		howToRefer = text(howToRefer);
		contact = text(contact);
		address = text(address);
		postcode = text(postcode);
		openingHours = text(openingHours);
	}

	ProvisionDetails withPostcode(String normalised) {
		return new ProvisionDetails(areaId, organisation, name, kind, lifeDomains, description, targetGroups,
				howToRefer, contact, address, normalised, openingHours);
	}

	ProvisionDetails withLifeDomains(List<String> codes) {
		return new ProvisionDetails(areaId, organisation, name, kind, codes, description, targetGroups, howToRefer,
				contact, address, postcode, openingHours);
	}

	static ProvisionDetails of(ProvisionEntry entry) {
		return new ProvisionDetails(entry.areaId(), entry.organisation(), entry.name(), entry.kind(),
				entry.lifeDomains(), entry.description(), entry.targetGroups(), entry.howToRefer(), entry.contact(),
				entry.address(), entry.postcode(), entry.openingHours());
	}

	private static String text(String value) {
		return value == null ? "" : value.strip();
	}

}
