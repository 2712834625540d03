package nl.regie.socialmap;

import nl.regie.identity.CurrentUser;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The guard in front of the social map's search screen and API, before any parameter is
 * read: every member of staff. Maintenance has its own guard
 * ({@link SocialMapMaintenanceRouteGuard}).
 */
@ControllerAdvice(assignableTypes = { SocialMapController.class, SocialMapApiController.class })
class SocialMapRouteGuard {

	private final SocialMapAccessPolicy access;

	SocialMapRouteGuard(SocialMapAccessPolicy access) {
		this.access = access;
	}

	@ModelAttribute
	void requireStaff(CurrentUser user) {
		access.search(user).orRefuse();
	}

}
