package nl.regie.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import nl.regie.platform.access.LegalBasis;
import nl.regie.platform.domain.NotFound;

/**
 * The plan as one version holds it: the household's own goal or wish in its own words,
 * goals per life domain and the actions under them. A value: every change makes a new
 * plan, which is saved as a new version.
 *
 * @param madeOn the plan date; no action is due before it
 * @param ownWords the household's goal or wish, quoted, not a category
 * @param language {@code nl} or {@code en}: the language of the printed plan
 * @param conferenceOn the day of the family group conference, for a family's own plan
 * @param coordinator the conference's independent coordinator
 * @param contributesBack what the household gives back (reciprocity), only where the
 * municipality switched it on; never a condition or a score
 */
record ActionPlan(LocalDate madeOn, String ownWords, String language, PlanOrigin origin, LocalDate conferenceOn,
		String coordinator, String contributesBack, List<Goal> goals) {

	/** Finances, housing, income and work: practical matters come first (seeds). */
	static final Set<String> PRACTICAL_DOMAINS = Set.of("FINANCES", "HOUSING", "WORK_EDUCATION", "DAY_ACTIVITIES");

	ActionPlan {
		goals = goals == null ? List.of() : goals.stream().filter(Objects::nonNull).toList();
		origin = origin == null ? PlanOrigin.TEAM : origin;
		language = "en".equals(language) ? "en" : "nl";
	}

	/**
	 * A goal on a life domain of the matrix, with a target in plain language.
	 *
	 * @param memberId the member the goal is for; {@code null} for the whole household. A
	 * shielded member's goals stay out of what the other members receive
	 * @param domain the instrument's domain code, e.g. {@code FINANCES}
	 * @param urgent only for practical domains; urgent goals sort first
	 */
	record Goal(UUID id, UUID memberId, String domain, String target, boolean urgent, List<Action> actions) {

		Goal {
			actions = actions == null ? List.of() : actions.stream().filter(Objects::nonNull).toList();
		}

		Goal with(List<Action> other) {
			return new Goal(id, memberId, domain, target, urgent, other);
		}

	}

	/**
	 * Something someone does towards a goal.
	 *
	 * @param whyNotCloser for a professional owner: in a few words why nobody closer to
	 * the household can do it ("geen steunend netwerk" is a valid answer)
	 * @param droppedReason why a dropped action is no longer pursued
	 * @param sharing for a handover or a referral out: the legal basis it shares on
	 */
	record Action(UUID id, String what, ActionKind kind, Owner owner, LocalDate dueOn, ActionStatus status,
			String droppedReason, String whyNotCloser, List<Note> notes, Sharing sharing) {

		Action {
			status = status == null ? ActionStatus.OPEN : status;
			notes = notes == null ? List.of() : notes.stream().filter(Objects::nonNull).toList();
		}

		public boolean overdue(LocalDate today) {
			return status.pending() && dueOn != null && dueOn.isBefore(today);
		}

		/**
		 * Public for the template: open, and a volunteer or a network person carries it.
		 */
		public boolean onATaskCard() {
			return status.pending() && owner != null && owner.rung().carriesTaskCards();
		}

		Action progressed(ActionStatus newStatus, String reason, Note note) {
			List<Note> more = new ArrayList<>(notes);
			if (note != null) {
				more.add(note);
			}
			return new Action(id, what, kind, owner, dueOn, newStatus == null ? status : newStatus,
					newStatus == ActionStatus.DROPPED ? reason : null, whyNotCloser, more, sharing);
		}

	}

	/**
	 * Who carries an action: a rung of the ladder and, per rung, who exactly. A person
	 * from the network map is named by {@code networkPersonId} (later the seam for task
	 * cards: an action's owner is a network person or volunteer); a provision of the
	 * social map by {@code provisionId}; anyone else (a volunteer, a collective
	 * provision, an organisation) by {@code name}.
	 */
	record Owner(OwnerRung rung, UUID networkPersonId, UUID provisionId, String name) {
	}

	/**
	 * What information leaving the team with an action rests on (issue 10): a legal
	 * basis, the consent where that is the basis, the professional's weighing where the
	 * basis needs one.
	 */
	record Sharing(LegalBasis legalBasis, UUID consentId, String explanation) {
	}

	/** A short progress note. */
	record Note(LocalDate on, String text) {
	}

	/** Urgent goals first, then in the order they were added. */
	List<Goal> goalsInOrder() {
		return goals.stream().sorted(Comparator.comparing(goal -> !goal.urgent())).toList();
	}

	Stream<Action> actions() {
		return goals.stream().flatMap(goal -> goal.actions().stream());
	}

	List<Action> overdue(LocalDate today) {
		return actions().filter(action -> action.overdue(today)).toList();
	}

	ActionPlan withGoals(List<Goal> other) {
		return new ActionPlan(madeOn, ownWords, language, origin, conferenceOn, coordinator, contributesBack, other);
	}

	ActionPlan withHeader(ActionPlan header) {
		return new ActionPlan(header.madeOn, header.ownWords, header.language, header.origin, header.conferenceOn,
				header.coordinator, header.contributesBack, goals);
	}

	ActionPlan adding(Goal goal) {
		List<Goal> more = new ArrayList<>(goals);
		more.add(goal);
		return withGoals(more);
	}

	ActionPlan changingGoal(UUID goalId, UnaryOperator<Goal> change) {
		requireGoal(goalId);
		return withGoals(goals.stream().map(goal -> goal.id().equals(goalId) ? change.apply(goal) : goal).toList());
	}

	ActionPlan removingGoal(UUID goalId) {
		requireGoal(goalId);
		return withGoals(goals.stream().filter(goal -> !goal.id().equals(goalId)).toList());
	}

	ActionPlan adding(UUID goalId, Action action) {
		return changingGoal(goalId, goal -> {
			List<Action> more = new ArrayList<>(goal.actions());
			more.add(action);
			return goal.with(more);
		});
	}

	ActionPlan changingAction(UUID actionId, UnaryOperator<Action> change) {
		requireAction(actionId);
		return withGoals(goals.stream()
			.map(goal -> goal.with(goal.actions()
				.stream()
				.map(action -> action.id().equals(actionId) ? change.apply(action) : action)
				.toList()))
			.toList());
	}

	ActionPlan removingAction(UUID actionId) {
		requireAction(actionId);
		return withGoals(goals.stream()
			.map(goal -> goal.with(goal.actions().stream().filter(action -> !action.id().equals(actionId)).toList()))
			.toList());
	}

	/** New goals and actions (from a form or the API) get their id. */
	ActionPlan withIds() {
		return withGoals(goals.stream()
			.map(goal -> new Goal(goal.id() == null ? UUID.randomUUID() : goal.id(), goal.memberId(), goal.domain(),
					goal.target(), goal.urgent(),
					goal.actions()
						.stream()
						.map(action -> action.id() != null ? action
								: new Action(UUID.randomUUID(), action.what(), action.kind(), action.owner(),
										action.dueOn(), action.status(), action.droppedReason(), action.whyNotCloser(),
										action.notes(), action.sharing()))
						.toList()))
			.toList());
	}

	private void requireGoal(UUID goalId) {
		if (goals.stream().noneMatch(goal -> goal.id().equals(goalId))) {
			throw new NotFound();
		}
	}

	private void requireAction(UUID actionId) {
		if (actions().noneMatch(action -> action.id().equals(actionId))) {
			throw new NotFound();
		}
	}

}
