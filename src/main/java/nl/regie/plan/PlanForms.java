package nl.regie.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.regie.plan.ActionPlan.Action;
import nl.regie.plan.ActionPlan.Goal;
import nl.regie.plan.ActionPlan.Note;
import nl.regie.plan.ActionPlan.Owner;
import nl.regie.plan.ActionPlan.Sharing;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The plan's screen forms: each one change, made on the version the page showed.
 */
final class PlanForms {

	private PlanForms() {
	}

	/**
	 * The plan itself: the household's own words, the plan date, the language of the
	 * printed plan, a family's own plan, reciprocity.
	 */
	record PlanForm(int version, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate madeOn, String ownWords,
			String language, PlanOrigin origin, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate conferenceOn,
			String coordinator, String contributesBack) {

		static PlanForm of(ActionPlan plan, int version) {
			return new PlanForm(version, plan.madeOn(), plan.ownWords(), plan.language(), plan.origin(),
					plan.conferenceOn(), plan.coordinator(), plan.contributesBack());
		}

		static PlanForm empty(LocalDate today) {
			return new PlanForm(0, today, null, "nl", PlanOrigin.TEAM, null, null, null);
		}

		ActionPlan header() {
			return new ActionPlan(madeOn, stripped(ownWords), language, origin,
					origin == PlanOrigin.FAMILY_GROUP_CONFERENCE ? conferenceOn : null,
					origin == PlanOrigin.FAMILY_GROUP_CONFERENCE ? stripped(coordinator) : null,
					stripped(contributesBack), List.of());
		}

	}

	/**
	 * @param memberId for whom; {@code null} for the whole household
	 */
	record GoalForm(int version, UUID memberId, String domain, String target, boolean urgent) {

		static GoalForm empty() {
			return new GoalForm(0, null, null, null, false);
		}

		Goal goal(UUID id) {
			return new Goal(id, memberId, domain, stripped(target), urgent, List.of());
		}

	}

	/**
	 * A new action under a goal; a professional owner needs why nobody closer can do it,
	 * a handover or referral out the legal basis it shares on.
	 */
	record ActionForm(int version, UUID goalId, String what, ActionKind kind, Owner owner,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn, String whyNotCloser, Sharing sharing) {

		static ActionForm empty() {
			return new ActionForm(0, null, null, ActionKind.OWN_INTERVENTION, new Owner(null, null, null, null), null,
					null, new Sharing(null, null, null));
		}

		Action action(UUID id) {
			boolean shares = kind != null && kind.sharing().isPresent();
			return new Action(id, stripped(what), kind, owner == null ? null : owner, dueOn, ActionStatus.OPEN, null,
					stripped(whyNotCloser), List.of(),
					shares && sharing != null
							? new Sharing(sharing.legalBasis(), sharing.consentId(), stripped(sharing.explanation()))
							: null);
		}

	}

	/** Progress on an action: a new status (dropped with a reason) and a short note. */
	record ProgressForm(int version, ActionStatus status, String droppedReason, String note) {

		Action applyTo(Action action, LocalDate today) {
			return action.progressed(status, stripped(droppedReason),
					stripped(note) == null ? null : new Note(today, stripped(note)));
		}

	}

	/** The household agreed to the version shown, on a day. */
	record AgreementForm(int version, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate agreedOn) {
	}

	static String stripped(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
