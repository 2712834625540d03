package nl.regie.referral;

import java.util.UUID;

import nl.regie.identity.CurrentUser;
import nl.regie.platform.domain.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records on the referral whether the household consents to keeping the referrer
 * informed; households often decide at the first visit, not at the referral.
 */
@Service
class ReferralConsentManagement {

	private final JdbcClient jdbc;

	private final Referrals referrals;

	private final ReferrerUpdates referrerUpdates;

	private final ReferralAccessPolicy access;

	ReferralConsentManagement(JdbcClient jdbc, Referrals referrals, ReferrerUpdates referrerUpdates,
			ReferralAccessPolicy access) {
		this.access = access;
		this.jdbc = jdbc;
		this.referrals = referrals;
		this.referrerUpdates = referrerUpdates;
	}

	@Transactional
	void record(CurrentUser user, UUID referralId, boolean consentToInformReferrer) {
		Referral referral = referrals.lockForChange(referralId).orElseThrow(NotFound::new);
		access.read(user, referral.teamId()).orRefuse();
		jdbc.sql("update referral set consent_inform_referrer = :consent where id = :id")
			.param("consent", consentToInformReferrer)
			.param("id", referralId)
			.update();
		referrerUpdates.consentChanged(referralId, consentToInformReferrer, referral.status());
	}

}
