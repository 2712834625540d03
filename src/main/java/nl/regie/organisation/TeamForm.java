package nl.regie.organisation;

import java.util.UUID;

/**
 * Starts a new team in an area.
 */
record TeamForm(String name, UUID areaId) {

	static TeamForm empty() {
		return new TeamForm("", null);
	}

}
