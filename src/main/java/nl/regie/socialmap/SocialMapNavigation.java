package nl.regie.socialmap;

import java.util.Arrays;
import java.util.List;

import nl.regie.identity.Role;
import nl.regie.platform.web.NavigationEntries;
import nl.regie.platform.web.NavigationEntry;

import org.springframework.stereotype.Component;

/**
 * The social map in the main menu, for every member of staff, after each role's own work
 * (and after the administration screens): for the outer-ring specialist and the policy
 * officer it is the only entry, so they start there.
 */
@Component
class SocialMapNavigation implements NavigationEntries {

	@Override
	public List<NavigationEntry> entries() {
		String[] staff = Arrays.stream(Role.values())
			.filter(role -> role != Role.VOLUNTEER && role != Role.HOUSEHOLD)
			.map(Role::authority)
			.toArray(String[]::new);
		return List.of(NavigationEntry.of("nav.socialMap", "/social-map", 950, staff));
	}

}
