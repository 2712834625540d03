package nl.regie.organisation;

import java.util.UUID;

/**
 * Adds an area on a level, under an area of the level above.
 */
record AreaForm(UUID levelId, UUID parentId, String name) {

	static AreaForm empty() {
		return new AreaForm(null, null, "");
	}

}
