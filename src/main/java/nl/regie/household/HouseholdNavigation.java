package nl.regie.household;

import java.util.List;

import nl.regie.identity.Role;
import nl.regie.platform.web.NavigationEntries;
import nl.regie.platform.web.NavigationEntry;

import org.springframework.stereotype.Component;

/** Finding a household, in the menu of the team office. */
@Component
class HouseholdNavigation implements NavigationEntries {

	@Override
	public List<NavigationEntry> entries() {
		return List.of(NavigationEntry.of("nav.households", "/households", 130, Role.TEAM_LEADER.authority(),
				Role.TEAM_ASSISTANT.authority()));
	}

}
