package nl.regie.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.regie.assessment.LifeDomain;

/**
 * One line of the referral inbox.
 */
record InboxEntry(UUID id, LocalDate receivedOn, ReferrerType referrerType, String referrerOrganisation,
		String referrerName, List<LifeDomain> lifeDomains, ReferralStatus status) {
}
