package nl.regie.consent;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A household member withdrew a consent: whatever rested on it stops (task cards, the
 * referrer's updates). Published in the transaction that records the withdrawal.
 */
public record ConsentWithdrawn(UUID consentId, UUID caseId, UUID householdId, UUID memberId, SharingPurpose purpose,
		LocalDate withdrawnOn) {
}
