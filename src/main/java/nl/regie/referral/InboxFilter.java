package nl.regie.referral;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * What the inbox is narrowed to; every part is optional.
 *
 * @param waitingLongerThanDays only referrals still waiting (received or waitlisted) for
 * more days than this
 */
record InboxFilter(ReferralStatus status, ReferrerType referrerType, UUID area,
		@Min(0) @Max(3650) Integer waitingLongerThanDays, UUID household) {

	static final InboxFilter NONE = new InboxFilter(null, null, null, null, null);

}
