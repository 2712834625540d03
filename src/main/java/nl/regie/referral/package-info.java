/**
 * Referrals (aanmeldingen) reaching a neighbourhood team: intake, screening with the fit
 * rules and the coordination check, the decision, the waitlist, and the team's inbox.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "identity", "organisation", "assessment", "platform", "household", "team" })
package nl.regie.referral;
