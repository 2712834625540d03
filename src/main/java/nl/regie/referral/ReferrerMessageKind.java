package nl.regie.referral;

import nl.regie.platform.access.LegalBasis;

/**
 * What a message to the referrer is about.
 */
enum ReferrerMessageKind {

	/** The referral arrived; always sent, it tells nothing about the household. */
	RECEIVED,

	/** The team takes the household on. Only with the household's consent. */
	ACCEPTED,

	/**
	 * The team declines, with advice or a warm handover. Only with the household's
	 * consent.
	 */
	DECLINED,

	/** The household is on the team's waitlist. Only with the household's consent. */
	WAITLISTED;

	/**
	 * Beyond "received" the referrer learns about the household, which needs its consent.
	 */
	boolean needsConsent() {
		return this != RECEIVED;
	}

	/**
	 * What sending it rests on: the acknowledgement on the team's legal task, the others
	 * on the household's consent.
	 */
	LegalBasis legalBasis() {
		return needsConsent() ? LegalBasis.CONSENT : LegalBasis.LEGAL_TASK;
	}

}
