package nl.regie.organisation;

import java.util.UUID;

/**
 * A district, neighbourhood or village of a municipality, on one level of its hierarchy.
 *
 * @param parentId the area on the level directly above; {@code null} on the top level
 */
record Area(UUID id, UUID levelId, UUID parentId, String name) {

	boolean isTopLevel() {
		return parentId == null;
	}

}
