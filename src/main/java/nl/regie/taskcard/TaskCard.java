package nl.regie.taskcard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.InvalidInput.FieldProblem;
import nl.regie.platform.domain.StateConflict;

/**
 * One task for one volunteer, with only what the task needs. Valid from the day it is
 * made until its last day, unless revoked; never beyond the consent it rests on.
 *
 * @param revokedOn the day it stopped before its time, or {@code null}
 */
record TaskCard(UUID id, UUID caseId, UUID householdId, UUID volunteerId, UUID consentId, UUID planActionId,
		String firstName, String task, String place, String when, String responsible, String concernContact,
		LocalDate validUntil, LocalDate revokedOn, Revocation revokedBecause) {

	static final int LONGEST_TEXT = 500;

	enum Revocation {

		BY_WORKER, CONSENT_WITHDRAWN

	}

	/**
	 * @param volunteerKnown the volunteer is an enabled volunteer of the municipality
	 * @param consentHoldsUntil the last day the named consent for task cards holds, or
	 * empty when it does not hold today
	 * @param firstName the member's first name, empty when not a member of the household
	 * @param planActionOpen no action of the plan is named, or it is open and carried by
	 * a volunteer or a network person
	 * @throws InvalidInput naming every field that breaks a rule
	 */
	static TaskCard make(UUID id, UUID caseId, UUID householdId, TaskCardDraft draft, boolean volunteerKnown,
			Optional<LocalDate> consentHoldsUntil, Optional<String> firstName, boolean planActionOpen,
			String responsible, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		if (draft.volunteerId() == null || !volunteerKnown) {
			problems.add(new FieldProblem("volunteerId", "taskCard.volunteer.required"));
		}
		if (draft.consentId() == null || consentHoldsUntil.isEmpty()) {
			problems.add(new FieldProblem("consentId", "taskCard.consent.required"));
		}
		if (firstName.isEmpty()) {
			problems.add(new FieldProblem("memberId", "taskCard.member.required"));
		}
		if (!planActionOpen) {
			problems.add(new FieldProblem("planActionId", "taskCard.planAction.notOpen"));
		}
		text(draft.task(), "task", problems);
		text(draft.place(), "place", problems);
		text(draft.when(), "when", problems);
		text(draft.concernContact(), "concernContact", problems);
		if (draft.validUntil() == null) {
			problems.add(new FieldProblem("validUntil", "taskCard.validUntil.required"));
		}
		else if (draft.validUntil().isBefore(today)) {
			problems.add(new FieldProblem("validUntil", "taskCard.validUntil.past"));
		}
		else if (consentHoldsUntil.isPresent() && draft.validUntil().isAfter(consentHoldsUntil.get())) {
			problems.add(new FieldProblem("validUntil", "taskCard.validUntil.beyondConsent"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return new TaskCard(id, caseId, householdId, draft.volunteerId(), draft.consentId(), draft.planActionId(),
				firstName.get(), draft.task().strip(), draft.place().strip(), draft.when().strip(), responsible,
				draft.concernContact().strip(), draft.validUntil(), null, null);
	}

	/** Public for the templates: whether the volunteer may see it on the day. */
	public boolean validOn(LocalDate day) {
		return revokedOn == null && !day.isAfter(validUntil);
	}

	/**
	 * @throws StateConflict when it was revoked already
	 */
	TaskCard revoke(Revocation because, LocalDate today) {
		if (revokedOn != null) {
			throw new StateConflict("taskCard.revokedAlready");
		}
		return new TaskCard(id, caseId, householdId, volunteerId, consentId, planActionId, firstName, task, place, when,
				responsible, concernContact, validUntil, today, because);
	}

	private static void text(String value, String field, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, "taskCard." + field + ".required"));
		}
		else if (value.strip().length() > LONGEST_TEXT) {
			problems.add(new FieldProblem(field, "taskCard.text.tooLong"));
		}
	}

}
