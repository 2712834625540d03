package nl.regie.identity;

import java.util.List;
import java.util.UUID;

/**
 * The teams an account can belong to. Teams belong to the organisation module, which
 * depends on this one; so this module asks through this interface and the organisation
 * module answers, instead of depending on it in a cycle.
 */
public interface AccountTeams {

	/**
	 * @return the municipality's teams, ordered by name
	 */
	List<TeamChoice> teamsOf(UUID municipalityId);

	record TeamChoice(UUID id, String name) {
	}

}
