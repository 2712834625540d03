package nl.regie.plan;

/** What kind of help an action is, kept apart so reports can tell them apart (seeds). */
enum ActionKind {

	/** The team's own intervention. */
	OWN_INTERVENTION,

	/** A warm handover to another service. */
	WARM_HANDOVER,

	/** Reactivating help that was there but stalled. */
	REACTIVATION,

	/** A referral out to specialised care. */
	REFERRAL_OUT

}
