package nl.regie.casefile;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What happened to a case, in the past tense: one event per lifecycle transition (and per
 * change of who works the case). Other modules react to these; this module never calls
 * them back. Published inside the transaction that made the change.
 */
public sealed interface CaseFileEvent {

	UUID caseId();

	UUID municipalityId();

	UUID teamId();

	UUID householdId();

	/** The team assigned a case manager and a second visitor; outreach starts. */
	record CaseAssigned(UUID caseId, UUID municipalityId, UUID teamId, UUID householdId, UUID caseManagerId,
			UUID secondVisitorId, LocalDate assignedOn) implements CaseFileEvent {
	}

	/** The team leader gave the case another case manager. */
	record CaseReassigned(UUID caseId, UUID municipalityId, UUID teamId, UUID householdId, UUID fromCaseManagerId,
			UUID toCaseManagerId) implements CaseFileEvent {
	}

	/** The first real contact with the household: the case is active. */
	record FirstContactMade(UUID caseId, UUID municipalityId, UUID teamId, UUID householdId,
			LocalDate contactOn) implements CaseFileEvent {
	}

	/** Outreach failed and the case closed, risks recorded with the referrer. */
	record CaseClosedWithoutContact(UUID caseId, UUID municipalityId, UUID teamId,
			UUID householdId) implements CaseFileEvent {
	}

	/**
	 * The case manager proposed to close.
	 *
	 * @param doubt an item of the checklist is not met: the team decides
	 */
	record CaseClosingProposed(UUID caseId, UUID municipalityId, UUID teamId, UUID householdId,
			boolean doubt) implements CaseFileEvent {
	}

	/** Closing was withdrawn; the case is active again. */
	record CaseClosingWithdrawn(UUID caseId, UUID municipalityId, UUID teamId,
			UUID householdId) implements CaseFileEvent {
	}

	/**
	 * Help ended.
	 *
	 * @param followUpUntil end of the follow-up watch, {@code null} without one
	 */
	record CaseClosed(UUID caseId, UUID municipalityId, UUID teamId, UUID householdId, LocalDate closedOn,
			LocalDate followUpUntil) implements CaseFileEvent {
	}

	/** The follow-up watch is over; the case has ended. */
	record FollowUpEnded(UUID caseId, UUID municipalityId, UUID teamId, UUID householdId) implements CaseFileEvent {
	}

	/** Handed over to a certified institution. */
	record CaseScaledUp(UUID caseId, UUID municipalityId, UUID teamId, UUID householdId) implements CaseFileEvent {
	}

	/**
	 * Back to active work with the full history.
	 *
	 * @param needsCaseManager the former case manager left the team: the team picks one
	 */
	record CaseReopened(UUID caseId, UUID municipalityId, UUID teamId, UUID householdId,
			boolean needsCaseManager) implements CaseFileEvent {
	}

}
