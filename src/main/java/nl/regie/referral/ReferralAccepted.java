package nl.regie.referral;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A referral was accepted: the team takes the household on. The case file module opens
 * its case, waiting for assignment in the team meeting, within the same transaction.
 *
 * @param acceptedOn the day of the decision, which is the day the case opens
 */
public record ReferralAccepted(UUID referralId, UUID municipalityId, UUID teamId, UUID householdId,
		LocalDate acceptedOn) implements ReferralEvent {
}
