package nl.regie.referral;

/**
 * Where a household goes when children's safety is at stake.
 */
enum HandoverTarget {

	/** The national advice and reporting centre for domestic violence and child abuse. */
	VEILIG_THUIS,

	/** A certified institution for youth protection (gecertificeerde instelling). */
	CERTIFIED_INSTITUTION

}
