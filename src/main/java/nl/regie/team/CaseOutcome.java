package nl.regie.team;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A recorded outcome of an agenda item about a case, as the case history shows it.
 *
 * @param postponed nothing decided; the item comes back on the next agenda
 */
public record CaseOutcome(UUID meetingId, LocalDate heldOn, MeetingType meetingType, AgendaItemKind kind,
		String question, String advice, String decision, boolean postponed, String decidedBy, Instant decidedAt) {
}
