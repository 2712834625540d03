package nl.regie.consent;

/**
 * What information is shared for: the kind of a sharing act, and what a consent covers.
 * Modules that share look for a consent of their purpose.
 */
public enum SharingPurpose {

	/** Within the neighbourhood team: the core team and the outer ring. */
	TEAM_COORDINATION,

	/** Keeping the referrer informed of the referral's course. */
	INFORM_REFERRER,

	/** A task card for a volunteer or a person of the household's network. */
	TASK_CARD,

	/** A warm handover to another service. */
	WARM_HANDOVER,

	/** A referral out to specialised care. */
	REFERRAL_OUT,

	/** Information to a safety partner (Veilig Thuis, police, youth protection). */
	SAFETY_PARTNER

}
