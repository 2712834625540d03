package nl.regie.assessment;

import java.util.List;

import nl.regie.identity.Role;
import nl.regie.platform.web.NavigationEntries;
import nl.regie.platform.web.NavigationEntry;

import org.springframework.stereotype.Component;

/** The instruments and their criteria texts, in the administrator's menu. */
@Component
class InstrumentNavigation implements NavigationEntries {

	@Override
	public List<NavigationEntry> entries() {
		return List.of(NavigationEntry.of("nav.instruments", "/admin/instruments", 930,
				Role.FUNCTIONAL_ADMINISTRATOR.authority()));
	}

}
