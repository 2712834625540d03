package nl.regie.organisation;

import java.util.UUID;

/**
 * What other modules may know about an area.
 */
public record AreaSummary(UUID id, UUID municipalityId, String name) {
}
