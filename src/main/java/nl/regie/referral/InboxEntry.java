package nl.regie.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.regie.assessment.LifeDomain;

/**
 * One line of the referral inbox.
 *
 * @param referrerToInform a prepared message to the referrer has not been sent yet
 * @param waitingDays days since receipt while still waiting (received or waitlisted),
 * else {@code null}
 * @param waitingTooLong waiting longer than the team's signal allows
 * @param openCaseAtIntake the household already had an open case when the referral came
 * in
 * @param householdName the first member's name: a parent, else the oldest
 * @param otherMembers how many members the household has besides
 */
record InboxEntry(UUID id, UUID householdId, String householdName, int otherMembers, String postcode,
		LocalDate receivedOn, ReferrerType referrerType, String referrerOrganisation, String referrerName,
		List<LifeDomain> lifeDomains, ReferralStatus status, boolean referrerToInform, Long waitingDays,
		boolean waitingTooLong, boolean openCaseAtIntake) {
}
