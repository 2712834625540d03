package nl.regie.referral;

import java.util.UUID;

/**
 * A referral was recorded for a team.
 */
public record ReferralReceived(UUID referralId, UUID municipalityId, UUID teamId,
		UUID householdId) implements ReferralEvent {
}
