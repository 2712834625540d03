package nl.regie.organisation;

import java.util.UUID;

/**
 * A neighbourhood team working in one area of its municipality.
 *
 * @param version raised on every change, so two administrators editing at once cannot
 * overwrite each other unnoticed
 */
record Team(UUID id, UUID areaId, String name, int version) {

	static Team found(String name, UUID areaId, AreaHierarchy hierarchy) {
		new InputCheck().text(name, "name", "team.name.required")
			.rule(areaId != null && hierarchy.area(areaId).isPresent(), "areaId", "team.area.required")
			.orThrow();
		return new Team(UUID.randomUUID(), areaId, name.strip(), 0);
	}

	Team renamed(String newName) {
		new InputCheck().text(newName, "name", "team.name.required").orThrow();
		return new Team(id, areaId, newName.strip(), version);
	}

}
