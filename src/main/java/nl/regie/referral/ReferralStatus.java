package nl.regie.referral;

/**
 * What became of a referral.
 */
public enum ReferralStatus {

	/** Recorded; screening still to be done. */
	RECEIVED,

	/** Accepted: a case was opened and waits for assignment. */
	ACCEPTED,

	/** Declined, with reason and advice or a warm handover. */
	DECLINED,

	/** Fits the team, but the team is full: waits for capacity. */
	WAITLISTED,

	/** Children's safety at stake: handed over to Veilig Thuis or youth protection. */
	HANDED_OVER

}
