/**
 * Registration of a case's household (DESIGN §2 step 5): the Self-Sufficiency Matrix of
 * each adult member, scored on a phone in a few taps, only on the domains the help
 * question needs; when a matrix is due (on "my cases", through
 * {@link nl.regie.casefile.CaseDueItems}); the progress per member and household. Who may
 * see and record it is the case's own access rule
 * ({@link nl.regie.casefile.CaseRegistrationAccess}); every read is reported.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "casefile", "household", "assessment", "identity", "platform" })
package nl.regie.registration;
