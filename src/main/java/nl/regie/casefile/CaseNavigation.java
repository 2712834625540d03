package nl.regie.casefile;

import java.util.List;

import nl.regie.identity.Role;
import nl.regie.platform.web.NavigationEntries;
import nl.regie.platform.web.NavigationEntry;

import org.springframework.stereotype.Component;

/**
 * The case screens in the main menu: a case manager's and core-team member's work starts
 * at "my cases"; the team leader reaches it after the inbox, and the caseload.
 */
@Component
class CaseNavigation implements NavigationEntries {

	@Override
	public List<NavigationEntry> entries() {
		return List.of(
				NavigationEntry.of("nav.myCases", "/cases/my", 150, Role.CASE_MANAGER.authority(),
						Role.CORE_TEAM_MEMBER.authority(), Role.TEAM_LEADER.authority()),
				NavigationEntry.of("nav.consultations", MyCasesController.CONSULTATIONS, 155,
						Role.OUTER_RING_SPECIALIST.authority()),
				NavigationEntry.of("nav.caseload", "/team/caseload", 210, Role.TEAM_LEADER.authority()),
				NavigationEntry.of("nav.emergencyReviews", EmergencyAccessController.REVIEWS, 820,
						Role.TEAM_LEADER.authority(), Role.PRIVACY_OFFICER.authority()));
	}

}
