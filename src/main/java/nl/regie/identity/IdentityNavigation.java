package nl.regie.identity;

import java.util.List;

import nl.regie.platform.web.NavigationEntries;
import nl.regie.platform.web.NavigationEntry;

import org.springframework.stereotype.Component;

/**
 * The account administration and how the municipality logs in (its provider, the second
 * factor) in the main menu. The own account screen is in the page header, for everyone.
 */
@Component
class IdentityNavigation implements NavigationEntries {

	@Override
	public List<NavigationEntry> entries() {
		return List.of(
				NavigationEntry.of("nav.accounts", "/admin/accounts", 910, Role.FUNCTIONAL_ADMINISTRATOR.authority()),
				NavigationEntry.of("nav.signIn", "/admin/sign-in", 915, Role.FUNCTIONAL_ADMINISTRATOR.authority()));
	}

}
