package nl.regie.plan;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.regie.plan.ActionPlan.Action;

/**
 * How a plan rests (DESIGN §3, "how much of each plan rests on own strength and network
 * versus professionals"): the actions per rung of the ladder, dropped ones left out, and
 * how many different professional organisations carry them. One rule for a plan and for a
 * team's plans together.
 *
 * @param perRung the number of actions per rung, every rung present
 * @param organisations different professional organisations (by social-map provision,
 * else by name, case and spaces ignored)
 */
record PlanFigures(int plans, Map<OwnerRung, Integer> perRung, int actions, int organisations) {

	static PlanFigures of(ActionPlan plan) {
		return of(List.of(plan));
	}

	static PlanFigures of(Collection<ActionPlan> plans) {
		Map<OwnerRung, Integer> perRung = new EnumMap<>(OwnerRung.class);
		for (OwnerRung rung : OwnerRung.values()) {
			perRung.put(rung, 0);
		}
		Set<String> organisations = new HashSet<>();
		int actions = 0;
		for (ActionPlan plan : plans) {
			for (Action action : plan.actions().toList()) {
				if (action.status() == ActionStatus.DROPPED || action.owner() == null) {
					continue;
				}
				actions++;
				perRung.merge(action.owner().rung(), 1, Integer::sum);
				if (action.owner().rung() == OwnerRung.PROFESSIONAL) {
					organisations.add(action.owner().provisionId() != null ? action.owner().provisionId().toString()
							: String.valueOf(action.owner().name())
								.strip()
								.replaceAll("\\s+", " ")
								.toLowerCase(Locale.ROOT));
				}
			}
		}
		return new PlanFigures(plans.size(), perRung, actions, organisations.size());
	}

	/** The share of the actions on a rung, in whole percent (0 without actions). */
	public int percent(OwnerRung rung) {
		return actions == 0 ? 0 : Math.round(100f * perRung.get(rung) / actions);
	}

	/** Household and own network together: the plan's own strength. */
	public int ownStrengthPercent() {
		return actions == 0 ? 0
				: Math.round(100f * (perRung.get(OwnerRung.HOUSEHOLD) + perRung.get(OwnerRung.OWN_NETWORK)) / actions);
	}

}
