package nl.regie.referral;

import java.util.UUID;

/**
 * What happened to a referral, in the past tense. Other modules react to these; the
 * referral module never calls them back.
 */
public sealed interface ReferralEvent
		permits ReferralReceived, ReferralAccepted, ReferralDeclined, ReferralWaitlisted, ReferralHandedOver {

	UUID referralId();

	UUID municipalityId();

	UUID teamId();

	UUID householdId();

}
