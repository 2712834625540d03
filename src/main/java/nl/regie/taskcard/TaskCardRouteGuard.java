package nl.regie.taskcard;

import java.util.UUID;

import nl.regie.casefile.CaseRegistrationAccess;
import nl.regie.identity.CurrentUser;
import nl.regie.platform.domain.NotFound;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The one guard in front of every task-card route, before any form or body is read: a
 * route of one case ({@code {caseId}}) lets in who may work that case; every other route
 * is the volunteer's own.
 */
@ControllerAdvice(basePackageClasses = TaskCardRouteGuard.class)
class TaskCardRouteGuard {

	private final CaseRegistrationAccess cases;

	TaskCardRouteGuard(CaseRegistrationAccess cases) {
		this.cases = cases;
	}

	@ModelAttribute
	void requireAccess(CurrentUser user, @PathVariable(name = "caseId", required = false) UUID caseId) {
		if (caseId == null) {
			TaskCardManagement.volunteers(user).orRefuse();
			return;
		}
		cases.screens(user).orRefuse();
		cases.find(caseId).orElseThrow(NotFound::new);
		cases.work(user, caseId).orRefuse();
	}

}
