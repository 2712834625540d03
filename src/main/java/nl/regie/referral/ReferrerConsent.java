package nl.regie.referral;

import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * For the household's consent register: keeping the referrer informed rests on the
 * household's consent, so a consent given there starts the updates and its withdrawal
 * ends them (what was prepared and not yet sent is removed). Called in the transaction
 * that records the consent, by a worker the case's own rule let in.
 */
@Component
public class ReferrerConsent {

	private final ReferralConsentManagement management;

	ReferrerConsent(ReferralConsentManagement management) {
		this.management = management;
	}

	public void given(UUID referralId) {
		management.recorded(referralId, true);
	}

	public void withdrawn(UUID referralId) {
		management.recorded(referralId, false);
	}

}
