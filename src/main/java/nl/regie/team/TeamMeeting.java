package nl.regie.team;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * One meeting of a team.
 *
 * @param participantIds team members taking part (core team and outer ring)
 * @param externalParticipants people from other organisations, as typed (network meeting)
 */
record TeamMeeting(UUID id, UUID municipalityId, UUID teamId, LocalDate heldOn, MeetingType type,
		Set<UUID> participantIds, String externalParticipants) {

	TeamMeeting {
		participantIds = Set.copyOf(participantIds);
	}

	boolean hasExternalParticipants() {
		return externalParticipants != null && !externalParticipants.isBlank();
	}

}
