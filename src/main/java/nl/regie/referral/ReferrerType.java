package nl.regie.referral;

/**
 * Where referrals come from (DESIGN §2 step 1).
 */
public enum ReferrerType {

	/** Work & Income (DWI). */
	WORK_AND_INCOME,

	HOSPITAL,

	/** Care & nuisance hotline (Meldpunt Zorg en Overlast). */
	CARE_AND_NUISANCE_HOTLINE,

	/** The home organisation of one of the team's members. */
	HOME_ORGANISATION,

	/** Parent-child team (OKT). */
	PARENT_CHILD_TEAM,

	NEIGHBOURHOOD_CARE_NETWORK,

	ACTIVATION_TEAM,

	SOCIAL_DESK,

	NEIGHBOUR,

	/** The household itself. */
	SELF_REFERRAL,

	OTHER

}
