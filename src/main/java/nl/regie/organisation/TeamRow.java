package nl.regie.organisation;

import java.util.UUID;

/**
 * A team as listed on the administration overview.
 */
record TeamRow(UUID id, String name, UUID areaId, int coreMembers, int outerRingMembers) {
}
