package nl.regie.identity;

import java.util.List;

import nl.regie.platform.web.NavigationEntries;
import nl.regie.platform.web.NavigationEntry;

import org.springframework.stereotype.Component;

/**
 * The account administration in the main menu. The own account screen is in the page
 * header, for everyone.
 */
@Component
class IdentityNavigation implements NavigationEntries {

	@Override
	public List<NavigationEntry> entries() {
		return List
			.of(NavigationEntry.of("nav.accounts", "/admin/accounts", 910, Role.FUNCTIONAL_ADMINISTRATOR.authority()));
	}

}
