package nl.regie.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

import nl.regie.plan.ActionPlan.Action;
import nl.regie.plan.ActionPlan.Goal;

/**
 * What changed between two versions of a plan: goals and actions added, removed or
 * changed (and which of their parts), and the parts of the plan itself. Goals and actions
 * keep their id across versions, so a renamed action is a change, not a removal.
 */
final class PlanDiff {

	enum Subject {

		PLAN, GOAL, ACTION

	}

	enum How {

		ADDED, REMOVED, CHANGED

	}

	/**
	 * @param label what it is called (a goal's target, an action's "what")
	 * @param parts for a change, the parts that changed, e.g. {@code status},
	 * {@code dueOn}
	 */
	record Change(Subject subject, How how, String label, List<String> parts) {
	}

	private PlanDiff() {
	}

	static List<Change> between(ActionPlan older, ActionPlan newer) {
		List<Change> changes = new ArrayList<>();
		if (older == null) {
			return changes;
		}
		List<String> header = parts(older, newer,
				Map.of("madeOn", ActionPlan::madeOn, "ownWords", ActionPlan::ownWords, "language", ActionPlan::language,
						"origin", ActionPlan::origin, "conferenceOn", ActionPlan::conferenceOn, "coordinator",
						ActionPlan::coordinator, "contributesBack", ActionPlan::contributesBack));
		if (!header.isEmpty()) {
			changes.add(new Change(Subject.PLAN, How.CHANGED, null, header));
		}
		Map<UUID, Goal> oldGoals = byId(older.goals(), Goal::id);
		Map<UUID, Goal> newGoals = byId(newer.goals(), Goal::id);
		compare(oldGoals, newGoals, Subject.GOAL, Goal::target,
				(a, b) -> parts(a, b, Map.of("domain", Goal::domain, "target", Goal::target, "urgent", Goal::urgent)),
				changes);
		Map<UUID, Action> oldActions = byId(older.actions().toList(), Action::id);
		Map<UUID, Action> newActions = byId(newer.actions().toList(), Action::id);
		Map<UUID, UUID> oldGoalOf = goalOf(older);
		Map<UUID, UUID> newGoalOf = goalOf(newer);
		compare(oldActions, newActions, Subject.ACTION, Action::what, (a, b) -> {
			List<String> parts = new ArrayList<>(parts(a, b,
					Map.of("what", Action::what, "kind", Action::kind, "owner", Action::owner, "dueOn", Action::dueOn,
							"status", Action::status, "droppedReason", Action::droppedReason, "whyNotCloser",
							Action::whyNotCloser, "notes", Action::notes)));
			if (!Objects.equals(oldGoalOf.get(a.id()), newGoalOf.get(b.id()))) {
				parts.add("goal");
			}
			return parts;
		}, changes);
		return changes;
	}

	private static <T> void compare(Map<UUID, T> older, Map<UUID, T> newer, Subject subject, Function<T, String> label,
			BiFunction<T, T, List<String>> parts, List<Change> changes) {
		newer.forEach((id, now) -> {
			T before = older.get(id);
			if (before == null) {
				changes.add(new Change(subject, How.ADDED, label.apply(now), List.of()));
			}
			else {
				List<String> changed = parts.apply(before, now);
				if (!changed.isEmpty()) {
					changes.add(new Change(subject, How.CHANGED, label.apply(now), changed));
				}
			}
		});
		older.forEach((id, before) -> {
			if (!newer.containsKey(id)) {
				changes.add(new Change(subject, How.REMOVED, label.apply(before), List.of()));
			}
		});
	}

	/**
	 * The parts whose values differ, in a fixed order (alphabetical), so a test can name
	 * them.
	 */
	private static <T> List<String> parts(T older, T newer, Map<String, Function<T, ?>> parts) {
		return parts.entrySet()
			.stream()
			.filter(part -> !Objects.equals(part.getValue().apply(older), part.getValue().apply(newer)))
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
	}

	private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
		Map<UUID, T> result = new LinkedHashMap<>();
		items.forEach(item -> result.put(id.apply(item), item));
		return result;
	}

	private static Map<UUID, UUID> goalOf(ActionPlan plan) {
		Map<UUID, UUID> result = new LinkedHashMap<>();
		plan.goals().forEach(goal -> goal.actions().forEach(action -> result.put(action.id(), goal.id())));
		return result;
	}

}
