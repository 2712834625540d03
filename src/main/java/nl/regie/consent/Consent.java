package nl.regie.consent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.regie.casefile.CaseRegistrationAccess.CaseOfHousehold;
import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.InvalidInput.FieldProblem;
import nl.regie.platform.domain.StateConflict;

/**
 * One household member's consent to share information for one purpose with one recipient.
 * Never changed once given, only withdrawn; a withdrawn or lapsed consent carries nothing
 * from that day on.
 *
 * @param validUntil the last day it holds, or {@code null} until withdrawn
 * @param withdrawnOn the day it was withdrawn, or {@code null}
 */
record Consent(UUID id, UUID municipalityId, UUID caseId, UUID householdId, UUID memberId, SharingPurpose purpose,
		String information, String recipient, String purposeNote, LocalDate givenOn, GivenHow givenHow, String witness,
		LocalDate validUntil, LocalDate withdrawnOn, String recordedBy) {

	static final int LONGEST_TEXT = 500;

	/** How the consent was given: in writing, or aloud with someone who heard it. */
	enum GivenHow {

		SIGNED, VERBAL_WITH_WITNESS

	}

	/**
	 * @param members the ids of the household's current members
	 * @throws InvalidInput naming every field that breaks a rule
	 */
	static Consent give(ConsentDraft draft, CaseOfHousehold found, Set<UUID> members, LocalDate today,
			String recordedBy) {
		List<FieldProblem> problems = new ArrayList<>();
		if (draft.memberId() == null || !members.contains(draft.memberId())) {
			problems.add(new FieldProblem("memberId", "consent.member.required"));
		}
		if (draft.purpose() == null) {
			problems.add(new FieldProblem("purpose", "consent.purpose.required"));
		}
		text(draft.information(), "information", problems);
		text(draft.recipient(), "recipient", problems);
		text(draft.purposeNote(), "purposeNote", problems);
		if (draft.givenOn() == null) {
			problems.add(new FieldProblem("givenOn", "consent.givenOn.required"));
		}
		else if (draft.givenOn().isAfter(today)) {
			problems.add(new FieldProblem("givenOn", "consent.givenOn.future"));
		}
		if (draft.givenHow() == null) {
			problems.add(new FieldProblem("givenHow", "consent.givenHow.required"));
		}
		else if (draft.givenHow() == GivenHow.VERBAL_WITH_WITNESS && blank(draft.witness())) {
			problems.add(new FieldProblem("witness", "consent.witness.required"));
		}
		if (draft.validUntil() != null && draft.givenOn() != null && draft.validUntil().isBefore(draft.givenOn())) {
			problems.add(new FieldProblem("validUntil", "consent.validUntil.beforeGiven"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return new Consent(UUID.randomUUID(), found.municipalityId(), found.caseId(), found.householdId(),
				draft.memberId(), draft.purpose(), draft.information().strip(), draft.recipient().strip(),
				draft.purposeNote().strip(), draft.givenOn(), draft.givenHow(),
				draft.givenHow() == GivenHow.SIGNED ? null : draft.witness().strip(), draft.validUntil(), null,
				recordedBy);
	}

	/**
	 * @throws StateConflict when it was withdrawn already
	 * @throws InvalidInput for a day before it was given, or still to come
	 */
	Consent withdraw(LocalDate on, LocalDate today) {
		if (withdrawnOn != null) {
			throw new StateConflict("consent.alreadyWithdrawn");
		}
		if (on == null) {
			throw InvalidInput.of("withdrawnOn", "consent.withdrawnOn.required");
		}
		if (on.isBefore(givenOn)) {
			throw InvalidInput.of("withdrawnOn", "consent.withdrawnOn.beforeGiven");
		}
		if (on.isAfter(today)) {
			throw InvalidInput.of("withdrawnOn", "consent.withdrawnOn.future");
		}
		return new Consent(id, municipalityId, caseId, householdId, memberId, purpose, information, recipient,
				purposeNote, givenOn, givenHow, witness, validUntil, on, recordedBy);
	}

	/** Whether sharing may rest on it on that day. Public for the screen's template. */
	public boolean validOn(LocalDate day) {
		return !day.isBefore(givenOn) && (validUntil == null || !day.isAfter(validUntil))
				&& (withdrawnOn == null || day.isBefore(withdrawnOn));
	}

	private static void text(String value, String field, List<FieldProblem> problems) {
		if (blank(value)) {
			problems.add(new FieldProblem(field, "consent." + field + ".required"));
		}
		else if (value.strip().length() > LONGEST_TEXT) {
			problems.add(new FieldProblem(field, "consent.text.tooLong"));
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
