package nl.regie.plan;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * For the task cards: an open action of a case's current plan carried by a volunteer or a
 * person of the household's network, so that its card starts from what the plan says and
 * stays linked to it.
 */
@Component
public class PlanActions {

	/**
	 * @param memberId the member the action's goal is for; {@code null} for the whole
	 * household
	 * @param dueOn {@code null} when the plan set no date
	 */
	public record CarriedAction(UUID id, String what, UUID memberId, LocalDate dueOn) {
	}

	private final Plans plans;

	PlanActions(Plans plans) {
		this.plans = plans;
	}

	/** The action, while it is open and a volunteer or a network person carries it. */
	public Optional<CarriedAction> forTaskCard(UUID municipalityId, UUID caseId, UUID actionId) {
		return plans.ofCase(municipalityId, caseId)
			.map(stored -> plans.version(stored.id(), stored.version()).plan())
			.flatMap(plan -> plan.goals()
				.stream()
				.flatMap(goal -> goal.actions()
					.stream()
					.filter(action -> action.id().equals(actionId) && action.onATaskCard())
					.map(action -> new CarriedAction(action.id(), action.what(), goal.memberId(), action.dueOn())))
				.findFirst());
	}

}
