package nl.regie.taskcard;

import java.util.List;

import nl.regie.identity.Role;
import nl.regie.platform.web.NavigationEntries;
import nl.regie.platform.web.NavigationEntry;

import org.springframework.stereotype.Component;

/** A volunteer's work starts at their own task cards. */
@Component
class TaskCardNavigation implements NavigationEntries {

	@Override
	public List<NavigationEntry> entries() {
		return List.of(NavigationEntry.of("nav.taskCards", TaskCardController.MINE, 160, Role.VOLUNTEER.authority()));
	}

}
