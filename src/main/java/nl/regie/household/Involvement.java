package nl.regie.household;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An organisation or professional involved with a household; a lead agency holds
 * coordination.
 */
public record Involvement(UUID id, String organisation, String professional, String role, LocalDate since,
		boolean leadAgency) {
}
