/**
 * The Self-Sufficiency Matrix (ZRM) and its life domains. For now it offers the 13 life
 * domains as reference data to the modules that refer to them (referrals); scoring
 * follows.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package nl.regie.assessment;
