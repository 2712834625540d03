package nl.regie.referral;

import java.util.List;

import nl.regie.identity.Role;
import nl.regie.platform.web.NavigationEntries;
import nl.regie.platform.web.NavigationEntry;

import org.springframework.stereotype.Component;

/**
 * The referral screens in the main menu: the team leader's and team assistants' work
 * starts at the inbox.
 */
@Component
class ReferralNavigation implements NavigationEntries {

	@Override
	public List<NavigationEntry> entries() {
		String[] team = { Role.TEAM_LEADER.authority(), Role.TEAM_ASSISTANT.authority() };
		return List.of(NavigationEntry.of("nav.inbox", "/referrals", 100, team),
				NavigationEntry.of("nav.newReferral", "/referrals/new", 110, team),
				NavigationEntry.of("nav.waitlist", "/referrals/waitlist", 120, team));
	}

}
