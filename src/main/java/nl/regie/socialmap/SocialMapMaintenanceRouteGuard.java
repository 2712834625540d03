package nl.regie.socialmap;

import nl.regie.identity.CurrentUser;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The guard in front of every screen and API route that maintains the social map, before
 * any form, body or file is read: functional administrators and team leaders. The
 * services check again.
 */
@ControllerAdvice(assignableTypes = { SocialMapMaintenanceController.class, SocialMapMaintenanceApiController.class })
class SocialMapMaintenanceRouteGuard {

	private final SocialMapAccessPolicy access;

	SocialMapMaintenanceRouteGuard(SocialMapAccessPolicy access) {
		this.access = access;
	}

	@ModelAttribute
	void requireMaintainer(CurrentUser user) {
		access.maintain(user).orRefuse();
	}

}
