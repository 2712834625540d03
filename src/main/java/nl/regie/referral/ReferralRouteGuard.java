package nl.regie.referral;

import nl.regie.identity.CurrentUser;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The one guard in front of every referral screen and API route: it runs before any form
 * or request body is read, so someone without access is refused whatever they send, never
 * answered with a validation message about referral data. The services check again for
 * the record at hand.
 */
@ControllerAdvice(basePackageClasses = ReferralRouteGuard.class)
class ReferralRouteGuard {

	private final ReferralAccessPolicy access;

	ReferralRouteGuard(ReferralAccessPolicy access) {
		this.access = access;
	}

	@ModelAttribute
	void requireReferralAccess(CurrentUser user) {
		access.inbox(user).orRefuse();
	}

}
