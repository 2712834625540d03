package nl.regie.organisation;

import java.util.UUID;

/**
 * What other modules may know about a team.
 */
public record TeamSummary(UUID id, UUID municipalityId, String name, String municipalityName) {
}
