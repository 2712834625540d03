package nl.regie.plan;

import java.util.Optional;

import nl.regie.consent.SharingPurpose;

/** What kind of help an action is, kept apart so reports can tell them apart (seeds). */
enum ActionKind {

	/** The team's own intervention. */
	OWN_INTERVENTION,

	/** A warm handover to another service. */
	WARM_HANDOVER,

	/** Reactivating help that was there but stalled. */
	REACTIVATION,

	/** A referral out to specialised care. */
	REFERRAL_OUT;

	/**
	 * A handover and a referral out take information about the household out of the team:
	 * an act of sharing, recorded with its legal basis when the action is made.
	 */
	Optional<SharingPurpose> sharing() {
		return switch (this) {
			case WARM_HANDOVER -> Optional.of(SharingPurpose.WARM_HANDOVER);
			case REFERRAL_OUT -> Optional.of(SharingPurpose.REFERRAL_OUT);
			case OWN_INTERVENTION, REACTIVATION -> Optional.empty();
		};
	}

}
