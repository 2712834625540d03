package nl.regie.socialmap;

import nl.regie.identity.CurrentUser;
import nl.regie.identity.Role;
import nl.regie.platform.access.AccessDecision;

import org.springframework.stereotype.Component;

/**
 * Who may use the social map. It is public information about organisations, no household
 * data, so every member of the municipality's staff may search it: the team's office and
 * core team, the outer ring, policy officers, functional administrators and the privacy
 * officer. Volunteers and households do not work in Regie's screens for it (they get a
 * task card). Only functional administrators and team leaders maintain it. Everything is
 * scoped to the user's own municipality: another municipality's provision is not found.
 */
@Component
class SocialMapAccessPolicy {

	/** Searching and reading: the guard in front of every route. */
	AccessDecision search(CurrentUser user) {
		boolean staff = user.roles().stream().anyMatch(role -> role != Role.VOLUNTEER && role != Role.HOUSEHOLD);
		return staff ? AccessDecision.allowed() : AccessDecision.refused("access.socialmap.staffOnly");
	}

	/** Adding, changing, withdrawing and importing. */
	AccessDecision maintain(CurrentUser user) {
		return search(user).and(maintainer(user) ? AccessDecision.allowed()
				: AccessDecision.refused("access.socialmap.maintainersOnly"));
	}

	static boolean maintainer(CurrentUser user) {
		return user.has(Role.FUNCTIONAL_ADMINISTRATOR) || user.has(Role.TEAM_LEADER);
	}

}
