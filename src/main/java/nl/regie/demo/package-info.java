/**
 * Demo data for the {@code demo} profile only: the municipality of Amsterdam with one
 * Samen DOEN team, one account per role and about twenty households spread over the
 * stages of the method, and a social map of Nieuw-West. Never active in production.
 * Writes no table itself: each module contributes its part through its own demo API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "identity", "organisation", "referral",
		"casefile", "team", "socialmap", "household", "platform" })
package nl.regie.demo;
