package nl.regie.organisation;

import java.util.List;

import nl.regie.identity.Role;
import nl.regie.platform.web.NavigationEntries;
import nl.regie.platform.web.NavigationEntry;

import org.springframework.stereotype.Component;

/** The administration of areas, teams and words in the main menu. */
@Component
class OrganisationNavigation implements NavigationEntries {

	@Override
	public List<NavigationEntry> entries() {
		return List.of(NavigationEntry.of("nav.admin", "/admin", 900, Role.FUNCTIONAL_ADMINISTRATOR.authority()),
				NavigationEntry.of("nav.labels", "/admin/labels", 920, Role.FUNCTIONAL_ADMINISTRATOR.authority()));
	}

}
