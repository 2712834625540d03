package nl.regie.privacy;

import java.util.List;

import nl.regie.identity.Role;
import nl.regie.platform.web.NavigationEntries;
import nl.regie.platform.web.NavigationEntry;

import org.springframework.stereotype.Component;

/** The privacy officer's work starts at the audit log. */
@Component
class PrivacyNavigation implements NavigationEntries {

	@Override
	public List<NavigationEntry> entries() {
		return List.of(NavigationEntry.of("nav.privacy", "/privacy", 100, Role.PRIVACY_OFFICER.authority()));
	}

}
