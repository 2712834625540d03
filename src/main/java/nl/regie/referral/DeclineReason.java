package nl.regie.referral;

/**
 * Why a referral is declined; the free text says the rest.
 */
enum DeclineReason {

	SINGLE_LIFE_DOMAIN, ACUTE_CRISIS, COMPULSORY_CARE, EXISTING_CARE_SUFFICES, HOUSEHOLD_DOES_NOT_WANT_HELP,
	OTHER_SERVICE_FITS_BETTER, OTHER

}
