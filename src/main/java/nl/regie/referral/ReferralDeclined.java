package nl.regie.referral;

import java.util.UUID;

/**
 * A referral was declined, with reason and advice or a warm handover.
 */
public record ReferralDeclined(UUID referralId, UUID municipalityId, UUID teamId,
		UUID householdId) implements ReferralEvent {
}
