/**
 * The case file of a household: one per accepted referral, moving through the stages of
 * the method from assignment to follow-up watch.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package nl.regie.casefile;
