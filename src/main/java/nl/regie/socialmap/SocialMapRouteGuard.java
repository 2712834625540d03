package nl.regie.socialmap;

import nl.regie.identity.CurrentUser;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The guards in front of every social-map screen and API route, before any form, body or
 * file is read: searching for all staff, maintaining for functional administrators and
 * team leaders. The services check again.
 */
final class SocialMapRouteGuard {

	private SocialMapRouteGuard() {
	}

	@ControllerAdvice(assignableTypes = { SocialMapController.class, SocialMapApiController.class })
	static class Search {

		private final SocialMapAccessPolicy access;

		Search(SocialMapAccessPolicy access) {
			this.access = access;
		}

		@ModelAttribute
		void requireStaff(CurrentUser user) {
			access.search(user).orRefuse();
		}

	}

	@ControllerAdvice(
			assignableTypes = { SocialMapMaintenanceController.class, SocialMapMaintenanceApiController.class })
	static class Maintenance {

		private final SocialMapAccessPolicy access;

		Maintenance(SocialMapAccessPolicy access) {
			this.access = access;
		}

		@ModelAttribute
		void requireMaintainer(CurrentUser user) {
			access.maintain(user).orRefuse();
		}

	}

}
