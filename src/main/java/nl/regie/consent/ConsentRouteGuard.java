package nl.regie.consent;

import java.util.UUID;

import nl.regie.identity.CurrentUser;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The one guard in front of every consent screen and API route, before any form or body
 * is read: only who may work the case gets further.
 */
@ControllerAdvice(basePackageClasses = ConsentRouteGuard.class)
class ConsentRouteGuard {

	private final ConsentAccessPolicy access;

	ConsentRouteGuard(ConsentAccessPolicy access) {
		this.access = access;
	}

	@ModelAttribute
	void requireCaseAccess(CurrentUser user, @PathVariable(name = "caseId", required = false) UUID caseId) {
		access.screens(user).orRefuse();
		if (caseId != null) {
			access.work(user, caseId);
		}
	}

}
