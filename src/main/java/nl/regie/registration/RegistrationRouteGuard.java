package nl.regie.registration;

import nl.regie.identity.CurrentUser;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

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

	@ModelAttribute
	void requireCaseAccess(CurrentUser user) {
		access.screens(user).orRefuse();
	}

}
