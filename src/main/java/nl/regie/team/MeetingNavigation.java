package nl.regie.team;

import java.util.List;

import nl.regie.identity.Role;
import nl.regie.platform.web.NavigationEntries;
import nl.regie.platform.web.NavigationEntry;

import org.springframework.stereotype.Component;

/** The team meetings in the main menu, for everyone who takes part in them. */
@Component
class MeetingNavigation implements NavigationEntries {

	@Override
	public List<NavigationEntry> entries() {
		return List.of(NavigationEntry.of("nav.meetings", "/meetings", 200, Role.TEAM_LEADER.authority(),
				Role.TEAM_ASSISTANT.authority(), Role.CASE_MANAGER.authority(), Role.CORE_TEAM_MEMBER.authority()));
	}

}
