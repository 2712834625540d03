/**
 * Registration of a case's household (DESIGN §2 step 5, issue 14): the Self-Sufficiency
 * Matrix of each adult member, scored on a phone in a few taps, only on the domains the
 * help question needs; when a matrix is due (on "my cases", through
 * {@link nl.regie.casefile.CaseDueItems}); the progress per member (SVG with the same
 * figures in a table) and per household; the network map with its "do not contact" and
 * "must not know" marks, which {@link nl.regie.registration.NetworkContacts} respects for
 * the modules that pick contacts from it; the household card (klantenkaart) with the help
 * question in the household's own words, each member's language and interpreter, the
 * plan's open agreements (through {@link nl.regie.registration.HouseholdPlans}, which the
 * plan module implements) and the next things due; the members joining and leaving, with
 * the history kept. Screens and REST API share the services. Who may see and record it is
 * the case's own access rule ({@link nl.regie.casefile.CaseRegistrationAccess}); every
 * read is reported.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "casefile", "household", "assessment", "identity", "platform" })
package nl.regie.registration;
