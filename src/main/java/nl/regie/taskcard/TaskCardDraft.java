package nl.regie.taskcard;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A task card as the case worker writes it.
 *
 * @param memberId the household member the volunteer meets; only the first name goes on
 * the card
 * @param when in plain words, e.g. "dinsdagen 10–12 uur, vanaf 8 december"
 * @param concernContact how the volunteer raises a concern or stops, e.g. the team's
 * phone number
 */
record TaskCardDraft(UUID volunteerId, UUID consentId, UUID memberId, String task, String place, String when,
		String concernContact, LocalDate validUntil, UUID planActionId) {
}
