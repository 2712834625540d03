package nl.regie.team;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.regie.assessment.LifeDomain;

/**
 * One meeting's agenda as one viewer may see it: open items first, then the outcomes
 * recorded (the minutes).
 *
 * @param withNames {@code false} for viewers and prints from outside the core team: then
 * no item carries a name
 * @param current the team's next meeting: Regie fills its agenda with what needs the team
 */
record Agenda(UUID meetingId, LocalDate heldOn, MeetingType type, List<String> participants,
		String externalParticipants, boolean withNames, boolean current, List<Item> open, List<Item> decided) {

	/**
	 * @param subject the household's name, or for viewers outside the core team
	 * "household B."; {@code null} for team-wide items
	 */
	record Item(String key, AgendaItemKind kind, UUID caseId, String subject, String question,
			List<LifeDomain> lifeDomains, Long waitingDays, Integer children, String referredBy, Outcome outcome) {

		boolean decidedItem() {
			return outcome != null && !outcome.postponed();
		}

	}

	record Outcome(String question, String advice, String decision, boolean postponed, String decidedBy,
			Instant decidedAt) {
	}

}
