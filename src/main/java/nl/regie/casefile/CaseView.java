package nl.regie.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.regie.assessment.LifeDomain;
import nl.regie.household.HouseholdView;
import nl.regie.organisation.RosterMember;

/**
 * One case as its screen and the API show it.
 *
 * @param full the whole file; {@code false} for the core team's summary (no journal, no
 * household members, no notes)
 * @param household {@code null} in the summary
 * @param weeksWithoutContact in outreach, the weeks since assignment
 */
record CaseView(UUID id, int version, CaseStage stage, boolean full, String householdName, HouseholdView household,
		long children, List<LifeDomain> lifeDomains, String referredBy, String reason, LocalDate openedOn,
		String caseManager, String secondVisitor, String backup, LocalDate assignedOn, Long weeksWithoutContact,
		LocalDate expectedEnd, String existingHelp, String existingHelpFate, int contactRhythmDays, LocalDate closedOn,
		LocalDate followUpUntil, LocalDate nextCheckIn, List<String> unmetClosingRules, List<Attempt> attempts,
		List<Contact> contacts, List<HistoryLine> history, List<RosterMember> teamMembers, int solvedConfirmations,
		String letterLanguage) {

	public boolean is(String stageName) {
		return stage.name().equals(stageName);
	}

	record Attempt(LocalDate triedOn, String channel, String outcome, String by, String note) {
	}

	record Contact(LocalDate contactOn, String type, String participants, int durationMinutes, String note,
			boolean questionSolved) {
	}

	/**
	 * @param kind a transition, another change, or {@code TEAM_DECISION}
	 */
	record HistoryLine(Instant at, String kind, String fromStage, String toStage, String text, String by) {
	}

}
