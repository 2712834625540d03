package nl.regie.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.regie.assessment.LifeDomain;

/**
 * One line of the referral inbox.
 *
 * @param referrerToInform a prepared message to the referrer has not been sent yet
 */
record InboxEntry(UUID id, LocalDate receivedOn, ReferrerType referrerType, String referrerOrganisation,
		String referrerName, List<LifeDomain> lifeDomains, ReferralStatus status, boolean referrerToInform) {
}
