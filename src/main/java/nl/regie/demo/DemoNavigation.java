package nl.regie.demo;

import java.util.List;

import nl.regie.identity.Role;
import nl.regie.platform.web.NavigationEntries;
import nl.regie.platform.web.NavigationEntry;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The demo's mailbox in the menu of the team office, in the demo only. */
@Component
@Profile("demo")
class DemoNavigation implements NavigationEntries {

	@Override
	public List<NavigationEntry> entries() {
		return List.of(NavigationEntry.of("nav.demoMailbox", "/demo/mailbox", 190, Role.TEAM_LEADER.authority(),
				Role.TEAM_ASSISTANT.authority()));
	}

}
