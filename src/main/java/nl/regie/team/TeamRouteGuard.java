package nl.regie.team;

import nl.regie.identity.CurrentUser;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The one guard in front of every team-meeting screen and API route, before any form or
 * body is read. The services check again for the meeting at hand.
 */
@ControllerAdvice(basePackageClasses = TeamRouteGuard.class)
class TeamRouteGuard {

	private final TeamAccessPolicy access;

	TeamRouteGuard(TeamAccessPolicy access) {
		this.access = access;
	}

	@ModelAttribute
	void requireTeamAccess(CurrentUser user) {
		access.meetings(user).orRefuse();
	}

}
