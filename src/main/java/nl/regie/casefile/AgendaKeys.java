package nl.regie.casefile;

import java.time.LocalDate;
import java.util.UUID;

import nl.regie.team.AgendaItemKind;

/**
 * The keys of this module's agenda items. A key names one occurrence: outreach signals
 * belong to one assignment, a closure doubt to one proposal.
 */
final class AgendaKeys {

	private AgendaKeys() {
	}

	static String assignment(UUID caseId) {
		return AgendaItemKind.ASSIGNMENT + ":" + caseId;
	}

	static String outreach(AgendaItemKind kind, UUID caseId, LocalDate assignedOn) {
		return kind + ":" + caseId + ":" + assignedOn;
	}

	static String closureDoubt(UUID caseId, LocalDate proposedOn) {
		return AgendaItemKind.CLOSURE_DOUBT + ":" + caseId + ":" + proposedOn;
	}

	static String consultation(UUID requestId) {
		return AgendaItemKind.CASE_CONSULTATION + ":" + requestId;
	}

	static String reopened(UUID caseId) {
		return AgendaItemKind.REOPENED_WITHOUT_CASE_MANAGER + ":" + caseId;
	}

	static String roles(UUID caseId) {
		return AgendaItemKind.ROLES_AFTER_FIRST_VISIT + ":" + caseId;
	}

}
