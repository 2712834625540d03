package nl.regie.consent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.regie.casefile.CaseRegistrationAccess.CaseOfHousehold;
import nl.regie.platform.access.LegalBasis;
import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.InvalidInput.FieldProblem;

/**
 * Information about the household left the team, or may be shared within it: to whom, for
 * what, and on which legal basis. Where the basis is consent, a consent of the same
 * purpose that holds on the day; where it is a professional's weighing (the right to
 * report, a conflict of duties, a vital interest), that weighing in words.
 */
record SharingAct(UUID id, UUID caseId, UUID householdId, SharingPurpose kind, String recipient, LegalBasis legalBasis,
		UUID consentId, String explanation, LocalDate sharedOn, String recordedBy) {

	/**
	 * @param consent the consent the draft names, if it is one of this case
	 * @throws InvalidInput naming every field that breaks a rule
	 */
	static SharingAct record(SharingDraft draft, CaseOfHousehold found, Optional<Consent> consent, LocalDate today,
			String recordedBy) {
		List<FieldProblem> problems = new ArrayList<>();
		if (draft.kind() == null) {
			problems.add(new FieldProblem("kind", "sharing.kind.required"));
		}
		if (draft.recipient() == null || draft.recipient().isBlank()) {
			problems.add(new FieldProblem("recipient", "sharing.recipient.required"));
		}
		LocalDate on = draft.sharedOn() == null ? today : draft.sharedOn();
		if (on.isAfter(today)) {
			problems.add(new FieldProblem("sharedOn", "sharing.sharedOn.future"));
		}
		LegalBasis basis = draft.legalBasis();
		if (basis == null) {
			problems.add(new FieldProblem("legalBasis", "sharing.legalBasis.required"));
		}
		else if (basis == LegalBasis.CONSENT
				&& consent.filter(c -> c.purpose() == draft.kind()).filter(c -> c.validOn(on)).isEmpty()) {
			problems.add(new FieldProblem("consentId", "sharing.consent.notValid"));
		}
		else if (basis.needsExplanation() && (draft.explanation() == null || draft.explanation().isBlank())) {
			problems.add(new FieldProblem("explanation", "sharing.explanation.required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return new SharingAct(UUID.randomUUID(), found.caseId(), found.householdId(), draft.kind(),
				draft.recipient().strip(), basis, basis == LegalBasis.CONSENT ? draft.consentId() : null,
				draft.explanation() == null || draft.explanation().isBlank() ? null : draft.explanation().strip(), on,
				recordedBy);
	}

}
