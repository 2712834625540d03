package nl.regie.plan;

import java.util.UUID;

import nl.regie.identity.CurrentUser;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The one guard in front of every route of a case's plan, screens and API, before any
 * form or body is read: only those who may work the case get further. The services check
 * the case at hand again.
 */
@ControllerAdvice(assignableTypes = { PlanController.class, PlanApiController.class })
class PlanRouteGuard {

	private final PlanAccessPolicy access;

	PlanRouteGuard(PlanAccessPolicy access) {
		this.access = access;
	}

	@ModelAttribute
	void requireCaseAccess(CurrentUser user, @PathVariable(name = "caseId") UUID caseId) {
		access.screens(user).orRefuse();
		access.work(user, caseId);
	}

}
