package nl.regie.referral;

/**
 * How a message reached the referrer.
 */
enum SendMethod {

	/** Regie e-mailed it through the municipality's SMTP server. */
	EMAIL,

	/** Printed and posted (or handed over). */
	PRINT,

	/** Copied into the team's own e-mail, or read out on the phone. */
	COPY

}
