package nl.regie.demo;

import java.util.List;

import nl.regie.casefile.CaseStage;
import nl.regie.referral.ReferralStatus;
import nl.regie.referral.ReferrerType;

/**
 * One demo household with the referral that brought it and, when accepted, its case
 * stage.
 *
 * @param members "Given Family yyyy-mm-dd" per member, adults first
 * @param daysAgo when the referral was received, counted back from today
 */
record DemoHousehold(List<String> members, String postcode, String houseNumber, ReferrerType referrerType,
		String referrerOrganisation, String referrerName, String reason, List<String> lifeDomains, String urgency,
		ReferralStatus status, CaseStage stage, int daysAgo) {

	/** The family name of the first member. */
	String familyName() {
		String[] parts = members.get(0).split(" ");
		return parts[parts.length - 2];
	}

}
