package nl.regie.team;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Plans a meeting.
 *
 * @param participantIds team members taking part
 * @param externalParticipants people from other organisations (network meeting), as typed
 */
record MeetingForm(LocalDate heldOn, MeetingType type, List<UUID> participantIds, String externalParticipants) {
}
