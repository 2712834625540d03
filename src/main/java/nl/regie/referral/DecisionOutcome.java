package nl.regie.referral;

/**
 * What the team leader decides on a screened referral.
 */
enum DecisionOutcome {

	/**
	 * The team takes the household on; a case waits for assignment (or the waitlist when
	 * full).
	 */
	ACCEPT,

	/**
	 * Not for the team: with a reason, advice or a warm handover, and a message for the
	 * referrer.
	 */
	DECLINE,

	/** Fits the team, but it must wait. */
	WAITLIST,

	/**
	 * Children's safety at stake: handed over to Veilig Thuis or a certified institution.
	 */
	HAND_OVER

}
