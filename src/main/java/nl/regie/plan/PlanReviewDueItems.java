package nl.regie.plan;

import nl.regie.casefile.CaseDueItems;

import org.springframework.stereotype.Component;

/**
 * The plan review on "my cases": {@code regie.plan.review-every-months} after the
 * household last agreed to the plan (or after the plan date), while the case is active.
 * Agreeing to a reviewed version moves it on.
 */
@Component
class PlanReviewDueItems implements CaseDueItems {

	private final String select;

	PlanReviewDueItems(PlanSettings settings) {
		this.select = """
				select 'PLAN_REVIEW', (p.reviewed_on + make_interval(months => %d))::date
				from plan p where p.case_id = c.id and c.stage = 'ACTIVE'""".formatted(settings.reviewEveryMonths());
	}

	@Override
	public String select() {
		return select;
	}

}
