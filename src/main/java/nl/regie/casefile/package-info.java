/**
 * The case file of a household: one per accepted referral, through one lifecycle from
 * assignment to the end of the follow-up watch
 * ({@link nl.regie.casefile.CaseTransition}), with who works it, outreach, the contact
 * journal, closing and the follow-up watch. Opens a case when it hears
 * {@link nl.regie.referral.ReferralAccepted}; answers the referral module's questions
 * through {@link nl.regie.referral.CaseLookup}; brings its cases to the team meeting as a
 * {@link nl.regie.team.AgendaSource}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "referral", "platform", "identity", "organisation", "team", "assessment", "household" })
package nl.regie.casefile;
