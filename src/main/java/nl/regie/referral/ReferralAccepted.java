package nl.regie.referral;

import java.util.UUID;

/**
 * A referral was accepted: a case was opened and waits for assignment in the team
 * meeting.
 */
public record ReferralAccepted(UUID referralId, UUID municipalityId, UUID teamId, UUID householdId) {
}
