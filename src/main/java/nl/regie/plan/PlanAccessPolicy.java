package nl.regie.plan;

import java.util.UUID;

import nl.regie.casefile.CaseRegistrationAccess;
import nl.regie.casefile.CaseRegistrationAccess.CaseOfHousehold;
import nl.regie.identity.CurrentUser;
import nl.regie.identity.Role;
import nl.regie.platform.access.AccessDecision;
import nl.regie.platform.domain.NotFound;

import org.springframework.stereotype.Component;

/**
 * Who may see and change a case's plan: exactly those who may work the case's whole file
 * (the case's own rule, as for the registration); another team's case is concealed. The
 * team overview of how plans rest is the team leader's; the ladder is the functional
 * administrator's. Every allowed read of a plan is reported as the case's own reads are.
 */
@Component
class PlanAccessPolicy {

	private final CaseRegistrationAccess cases;

	PlanAccessPolicy(CaseRegistrationAccess cases) {
		this.cases = cases;
	}

	AccessDecision screens(CurrentUser user) {
		return cases.screens(user);
	}

	/**
	 * The case, once the user may work it.
	 * @throws NotFound when there is no such case
	 */
	CaseOfHousehold work(CurrentUser user, UUID caseId) {
		return cases.workOn(user, caseId);
	}

	/** Figures only, no household: the team leader of a team. */
	AccessDecision teamOverview(CurrentUser user) {
		if (user.teamId() == null) {
			return AccessDecision.refused("access.noTeam");
		}
		return user.has(Role.TEAM_LEADER) ? AccessDecision.allowed() : AccessDecision.refused("access.case.leaderOnly");
	}

	AccessDecision ladder(CurrentUser user) {
		return user.has(Role.FUNCTIONAL_ADMINISTRATOR) ? AccessDecision.allowed()
				: AccessDecision.refused("plan.access.ladder");
	}

	/**
	 * The case's household was shown: its plan, the plan's history or the printed plan.
	 */
	void read(CurrentUser user, CaseOfHousehold found, String resource) {
		cases.householdRead(user, found.caseId(), resource);
	}

	/** The plan as printed for one member of the household was shown. */
	void readMember(CurrentUser user, CaseOfHousehold found, UUID memberId, String resource) {
		cases.memberRead(user, found.caseId(), memberId, resource);
	}

}
