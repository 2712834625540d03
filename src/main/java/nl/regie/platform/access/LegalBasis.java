package nl.regie.platform.access;

/**
 * The ground on which information leaves the team. The Dutch data-protection authority
 * holds that consent cannot replace a missing legal basis in the social domain, so the
 * basis is chosen first and consent is one of them, not the default. Shared by every
 * module through which information leaves the team: the consent register, the plan's
 * handovers and the messages to a referrer.
 */
public enum LegalBasis {

	/**
	 * A task the law gives the municipality or the provider (Wmo, Jeugdwet,
	 * Participatiewet).
	 */
	LEGAL_TASK,

	/**
	 * The member's consent to lift professional secrecy, recorded in the household's
	 * consent register.
	 */
	CONSENT,

	/** The right to report (meldrecht), e.g. to Veilig Thuis. */
	RIGHT_TO_REPORT,

	/** A conflict of duties: keeping the secret would cause serious harm. */
	CONFLICT_OF_DUTIES,

	/** A vital interest of the member or someone else, when consent cannot be asked. */
	VITAL_INTEREST;

	/** The grounds that rest on a professional's weighing, which must be written down. */
	public boolean needsExplanation() {
		return this == RIGHT_TO_REPORT || this == CONFLICT_OF_DUTIES || this == VITAL_INTEREST;
	}

}
