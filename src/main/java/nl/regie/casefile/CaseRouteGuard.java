package nl.regie.casefile;

import jakarta.servlet.http.HttpServletRequest;

import nl.regie.identity.CurrentUser;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The one guard in front of every case screen and API route, before any form or body is
 * read: team assistants, volunteers, households, policy officers and functional
 * administrators see no case content. The services check again for the case at hand.
 */
@ControllerAdvice(basePackageClasses = CaseRouteGuard.class)
class CaseRouteGuard {

	private final CaseAccessPolicy access;

	CaseRouteGuard(CaseAccessPolicy access) {
		this.access = access;
	}

	/**
	 * The review of emergency accesses is the one route of the module for someone outside
	 * the team's case work: the privacy officer.
	 */
	@ModelAttribute
	void requireCaseAccess(CurrentUser user, HttpServletRequest request) {
		if (request.getRequestURI().startsWith(request.getContextPath() + EmergencyAccessController.REVIEWS)) {
			access.reviewEmergencyAccess(user).orRefuse();
		}
		else {
			access.caseScreens(user).orRefuse();
		}
	}

}
