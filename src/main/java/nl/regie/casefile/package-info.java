/**
 * The case file of a household: one per accepted referral, moving through the stages of
 * the method from assignment to follow-up watch. Opens a case when it hears
 * {@link nl.regie.referral.ReferralAccepted}; answers the referral module's questions
 * about cases through {@link nl.regie.referral.CaseLookup}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "referral", "platform" })
package nl.regie.casefile;
