package nl.regie.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.regie.assessment.Instrument;
import nl.regie.plan.ActionPlan.Action;
import nl.regie.plan.ActionPlan.Goal;
import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.InvalidInput.FieldProblem;

/**
 * The rules a plan must keep before it is saved, each problem named at its field (the API
 * notation: {@code goals[0].actions[1].owner.rung}), so nothing is half-saved: an action
 * has an owner from the municipality's ladder, a network owner is someone who may be
 * contacted, a professional owner comes with why nobody closer can do it, nothing is due
 * before the plan date, every goal is on a domain of the instrument.
 */
final class PlanRules {

	static final int SHORT_TEXT = 300;

	static final int LONG_TEXT = 2000;

	/**
	 * What the rules need to know about the case.
	 *
	 * @param offerable network persons who may be contacted, by id, with their label
	 * @param members the household's current members, whom a goal may be for
	 */
	record Context(Instrument instrument, Map<UUID, String> offerable, Set<UUID> members, List<OwnerRung> ladder,
			boolean reciprocity, LocalDate today) {
	}

	private PlanRules() {
	}

	/**
	 * @throws InvalidInput naming every problem
	 */
	static void check(ActionPlan plan, Context context) {
		List<FieldProblem> problems = new ArrayList<>();
		header(plan, context, problems);
		for (int g = 0; g < plan.goals().size(); g++) {
			goal(plan, plan.goals().get(g), "goals[" + g + "].", context, problems);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	static void header(ActionPlan plan, Context context, List<FieldProblem> problems) {
		if (plan.madeOn() == null) {
			problems.add(new FieldProblem("madeOn", "plan.madeOn.missing"));
		}
		else if (plan.madeOn().isAfter(context.today())) {
			problems.add(new FieldProblem("madeOn", "plan.madeOn.future"));
		}
		if (blank(plan.ownWords())) {
			problems.add(new FieldProblem("ownWords", "plan.ownWords.missing"));
		}
		tooLong(plan.ownWords(), LONG_TEXT, "ownWords", problems);
		if (plan.origin() == PlanOrigin.FAMILY_GROUP_CONFERENCE) {
			if (plan.conferenceOn() == null) {
				problems.add(new FieldProblem("conferenceOn", "plan.conferenceOn.missing"));
			}
			else if (plan.conferenceOn().isAfter(context.today())) {
				problems.add(new FieldProblem("conferenceOn", "plan.conferenceOn.future"));
			}
			if (blank(plan.coordinator())) {
				problems.add(new FieldProblem("coordinator", "plan.coordinator.missing"));
			}
		}
		tooLong(plan.coordinator(), SHORT_TEXT, "coordinator", problems);
		if (!blank(plan.contributesBack()) && !context.reciprocity()) {
			problems.add(new FieldProblem("contributesBack", "plan.contributesBack.off"));
		}
		tooLong(plan.contributesBack(), LONG_TEXT, "contributesBack", problems);
	}

	static void goal(ActionPlan plan, Goal goal, String at, Context context, List<FieldProblem> problems) {
		if (blank(goal.domain())) {
			problems.add(new FieldProblem(at + "domain", "plan.goal.domain.missing"));
		}
		else if (context.instrument().domain(goal.domain()).isEmpty()) {
			problems.add(new FieldProblem(at + "domain", "plan.goal.domain.unknown"));
		}
		else if (goal.urgent() && !ActionPlan.PRACTICAL_DOMAINS.contains(goal.domain())) {
			problems.add(new FieldProblem(at + "urgent", "plan.goal.urgent.notPractical"));
		}
		if (goal.memberId() != null && !context.members().contains(goal.memberId())) {
			problems.add(new FieldProblem(at + "memberId", "plan.goal.member.unknown"));
		}
		if (blank(goal.target())) {
			problems.add(new FieldProblem(at + "target", "plan.goal.target.missing"));
		}
		tooLong(goal.target(), SHORT_TEXT, at + "target", problems);
		for (int a = 0; a < goal.actions().size(); a++) {
			action(plan, goal.actions().get(a), at + "actions[" + a + "].", context, problems);
		}
	}

	static void action(ActionPlan plan, Action action, String at, Context context, List<FieldProblem> problems) {
		if (blank(action.what())) {
			problems.add(new FieldProblem(at + "what", "plan.action.what.missing"));
		}
		tooLong(action.what(), SHORT_TEXT, at + "what", problems);
		if (action.kind() == null) {
			problems.add(new FieldProblem(at + "kind", "plan.action.kind.missing"));
		}
		owner(action, at, context, problems);
		if (action.dueOn() == null) {
			problems.add(new FieldProblem(at + "dueOn", "plan.action.dueOn.missing"));
		}
		else if (plan.madeOn() != null && action.dueOn().isBefore(plan.madeOn())) {
			problems.add(new FieldProblem(at + "dueOn", "plan.action.dueOn.beforePlan"));
		}
		if (action.status() == ActionStatus.DROPPED && blank(action.droppedReason())) {
			problems.add(new FieldProblem(at + "droppedReason", "plan.action.droppedReason.missing"));
		}
		tooLong(action.droppedReason(), SHORT_TEXT, at + "droppedReason", problems);
		for (int n = 0; n < action.notes().size(); n++) {
			ActionPlan.Note note = action.notes().get(n);
			if (blank(note.text()) || note.on() == null) {
				problems.add(new FieldProblem(at + "notes[" + n + "].text", "plan.action.note.missing"));
			}
			tooLong(note.text(), SHORT_TEXT, at + "notes[" + n + "].text", problems);
		}
	}

	private static void owner(Action action, String at, Context context, List<FieldProblem> problems) {
		ActionPlan.Owner owner = action.owner();
		if (owner == null || owner.rung() == null) {
			problems.add(new FieldProblem(at + "owner.rung", "plan.action.owner.missing"));
			return;
		}
		if (!context.ladder().contains(owner.rung())) {
			problems.add(new FieldProblem(at + "owner.rung", "plan.action.owner.notOnLadder"));
			return;
		}
		switch (owner.rung()) {
			case HOUSEHOLD -> {
			}
			case OWN_NETWORK -> {
				if (owner.networkPersonId() == null) {
					problems.add(new FieldProblem(at + "owner.networkPersonId", "plan.action.owner.person.missing"));
				}
				else if (!context.offerable().containsKey(owner.networkPersonId())) {
					problems
						.add(new FieldProblem(at + "owner.networkPersonId", "plan.action.owner.person.notOfferable"));
				}
			}
			default -> {
				if (blank(owner.name()) && owner.provisionId() == null) {
					problems.add(new FieldProblem(at + "owner.name", "plan.action.owner.name.missing"));
				}
			}
		}
		tooLong(owner.name(), SHORT_TEXT, at + "owner.name", problems);
		if (owner.rung() == OwnerRung.PROFESSIONAL && blank(action.whyNotCloser())) {
			problems.add(new FieldProblem(at + "whyNotCloser", "plan.action.whyNotCloser.missing"));
		}
		tooLong(action.whyNotCloser(), SHORT_TEXT, at + "whyNotCloser", problems);
	}

	private static void tooLong(String text, int max, String field, List<FieldProblem> problems) {
		if (text != null && text.strip().length() > max) {
			problems.add(new FieldProblem(field, "plan.text.tooLong"));
		}
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
