package nl.regie.referral;

/**
 * How soon the referrer thinks the team should act.
 */
enum Urgency {

	/** The usual pace: screened in the next team meeting. */
	NORMAL,

	/** Acute signals: screened first and higher on the waitlist. */
	URGENT

}
