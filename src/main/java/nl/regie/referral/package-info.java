/**
 * Referrals (aanmeldingen) reaching a neighbourhood team, and the team's referral inbox.
 * Screening, the coordination check and the waitlist will live here too.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "identity", "organisation", "assessment",
		"platform" })
package nl.regie.referral;
