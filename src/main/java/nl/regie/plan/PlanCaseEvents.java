package nl.regie.plan;

import nl.regie.casefile.CaseFileEvent.CaseClosed;
import nl.regie.casefile.CaseFileEvent.CaseClosedWithoutContact;
import nl.regie.casefile.CaseFileEvent.CaseReopened;
import nl.regie.casefile.CaseFileEvent.CaseScaledUp;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps whether a plan's case is still worked by the team, in the transaction of the
 * case's step, for the team's figures.
 */
@Component
class PlanCaseEvents {

	private final Plans plans;

	PlanCaseEvents(Plans plans) {
		this.plans = plans;
	}

	@EventListener
	void on(CaseClosed closed) {
		plans.caseOpen(closed.caseId(), false);
	}

	@EventListener
	void on(CaseClosedWithoutContact closed) {
		plans.caseOpen(closed.caseId(), false);
	}

	@EventListener
	void on(CaseScaledUp scaledUp) {
		plans.caseOpen(scaledUp.caseId(), false);
	}

	@EventListener
	void on(CaseReopened reopened) {
		plans.caseOpen(reopened.caseId(), true);
	}

}
