package nl.regie.referral;

import java.util.UUID;

/**
 * A referral was put on the team's waitlist.
 */
public record ReferralWaitlisted(UUID referralId, UUID municipalityId, UUID teamId,
		UUID householdId) implements ReferralEvent {
}
