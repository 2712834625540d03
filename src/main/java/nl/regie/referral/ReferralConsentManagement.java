package nl.regie.referral;

import java.util.UUID;

import nl.regie.identity.CurrentUser;
import nl.regie.platform.domain.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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
		apply(referral, consentToInformReferrer);
	}

	/**
	 * The consent as the household's consent register recorded it, by a worker whom the
	 * case's own rule let in.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void recorded(UUID referralId, boolean consentToInformReferrer) {
		apply(referrals.lockForChange(referralId).orElseThrow(NotFound::new), consentToInformReferrer);
	}

	private void apply(Referral referral, boolean consentToInformReferrer) {
		jdbc.sql("update referral set consent_inform_referrer = :consent where id = :id")
			.param("consent", consentToInformReferrer)
			.param("id", referral.id())
			.update();
		referrerUpdates.consentChanged(referral.id(), consentToInformReferrer, referral.status());
	}

}
