package nl.regie.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What an intake records about a referral besides the household: who referred, why, how
 * urgent, and what the household knows. Fixed once received.
 *
 * @param areaId the area of the household's address, when Regie knows it
 * @param openCaseAtIntake the household had an open case when the referral came in
 * @param childrenAtIntake children under 18 in the household on the day of the referral
 * @param referrerLanguage the language of the messages to the referrer
 */
record ReferralFacts(LocalDate receivedOn, Instant receivedAt, UUID areaId, ReferrerType referrerType,
		String referrerOrganisation, String referrerName, String referrerContact, String reason, Urgency urgency,
		List<String> lifeDomains, boolean householdKnows, boolean householdAgrees, boolean consentToInformReferrer,
		boolean openCaseAtIntake, long childrenAtIntake, LetterLanguage referrerLanguage) {

	ReferralFacts {
		lifeDomains = List.copyOf(lifeDomains);
	}

}
