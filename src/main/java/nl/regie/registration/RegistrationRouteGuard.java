package nl.regie.registration;

import java.util.UUID;

import nl.regie.identity.CurrentUser;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The one guard in front of every registration screen and API route, before any form or
 * body is read: only the roles that work cases get further. The services check the case
 * at hand again.
 */
@ControllerAdvice(basePackageClasses = RegistrationRouteGuard.class)
class RegistrationRouteGuard {

	private final RegistrationAccessPolicy access;

	RegistrationRouteGuard(RegistrationAccessPolicy access) {
		this.access = access;
	}

	/**
	 * Before any form or body is read: a route of one case ({@code {caseId}}) refuses
	 * whoever may not work that case, so nobody learns from a validation message about a
	 * case they may not see.
	 */
	@ModelAttribute
	void requireCaseAccess(CurrentUser user, @PathVariable(name = "caseId", required = false) UUID caseId) {
		access.screens(user).orRefuse();
		if (caseId != null) {
			access.work(user, caseId);
		}
	}

}
