package nl.regie.socialmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * One field that someone else saved differently while a maintainer was editing: what is
 * saved now next to what the maintainer sent.
 *
 * @param field the form's field, e.g. {@code contact}
 */
record Difference(String field, String saved, String yours) {

	/**
	 * @param domainNames life-domain code to its name
	 * @param areaNames area to its path; a missing area is the whole municipality
	 * @param kindName a kind in words
	 */
	static List<Difference> between(ProvisionDetails saved, ProvisionDetails yours, Map<String, String> domainNames,
			Map<UUID, String> areaNames, String wholeMunicipality, Function<ProvisionKind, String> kindName) {
		List<Difference> differences = new ArrayList<>();
		compare(differences, "organisation", saved.organisation(), yours.organisation());
		compare(differences, "name", saved.name(), yours.name());
		compare(differences, "kind", saved.kind() == null ? "" : kindName.apply(saved.kind()),
				yours.kind() == null ? "" : kindName.apply(yours.kind()));
		compare(differences, "lifeDomains", names(saved.lifeDomains(), domainNames),
				names(yours.lifeDomains(), domainNames));
		compare(differences, "areaId", areaNames.getOrDefault(saved.areaId(), wholeMunicipality),
				areaNames.getOrDefault(yours.areaId(), wholeMunicipality));
		compare(differences, "description", saved.description(), yours.description());
		compare(differences, "targetGroups", saved.targetGroups(), yours.targetGroups());
		compare(differences, "howToRefer", saved.howToRefer(), yours.howToRefer());
		compare(differences, "contact", saved.contact(), yours.contact());
		compare(differences, "address", saved.address(), yours.address());
		compare(differences, "postcode", saved.postcode(), yours.postcode());
		compare(differences, "openingHours", saved.openingHours(), yours.openingHours());
		return differences;
	}

	private static String names(List<String> codes, Map<String, String> domainNames) {
		return String.join(", ", codes.stream().sorted().map(code -> domainNames.getOrDefault(code, code)).toList());
	}

	private static void compare(List<Difference> differences, String field, String saved, String yours) {
		if (!Objects.equals(saved, yours)) {
			differences.add(new Difference(field, saved, yours));
		}
	}

}
