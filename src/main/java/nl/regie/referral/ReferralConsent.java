package nl.regie.referral;

import java.util.UUID;

import nl.regie.identity.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Records on the referral whether the household consents to keeping the referrer
 * informed; households often decide at the first visit, not at the referral.
 */
@Service
class ReferralConsent {

	private final JdbcClient jdbc;

	private final Referrals referrals;

	private final ReferrerUpdates referrerUpdates;

	ReferralConsent(JdbcClient jdbc, Referrals referrals, ReferrerUpdates referrerUpdates) {
		this.jdbc = jdbc;
		this.referrals = referrals;
		this.referrerUpdates = referrerUpdates;
	}

	@Transactional
	void record(CurrentUser user, UUID referralId, boolean consentToInformReferrer) {
		Referral referral = referrals.lockForChange(referralId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ReferralAccessPolicy.requireRead(user, referral.teamId());
		jdbc.sql("update referral set consent_inform_referrer = :consent where id = :id")
			.param("consent", consentToInformReferrer)
			.param("id", referralId)
			.update();
		referrerUpdates.consentChanged(referralId, consentToInformReferrer, referral.status());
	}

}
