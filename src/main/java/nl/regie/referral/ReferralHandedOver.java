package nl.regie.referral;

import java.util.UUID;

/**
 * A referral was handed over because children's safety is at stake.
 */
public record ReferralHandedOver(UUID referralId, UUID municipalityId, UUID teamId,
		UUID householdId) implements ReferralEvent {
}
