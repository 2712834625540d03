package nl.regie.plan;

import java.util.List;

import nl.regie.identity.Role;
import nl.regie.platform.web.NavigationEntries;
import nl.regie.platform.web.NavigationEntry;

import org.springframework.stereotype.Component;

/**
 * How the team's plans rest, in the team leader's menu after the caseload; the ladder of
 * action owners in the functional administrator's.
 */
@Component
class PlanNavigation implements NavigationEntries {

	@Override
	public List<NavigationEntry> entries() {
		return List.of(NavigationEntry.of("nav.teamPlans", "/team/plans", 215, Role.TEAM_LEADER.authority()),
				NavigationEntry.of("nav.planLadder", "/admin/plan-ladder", 960,
						Role.FUNCTIONAL_ADMINISTRATOR.authority()));
	}

}
