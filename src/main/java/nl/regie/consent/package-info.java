/**
 * Legal basis first, consent where it is the basis (DESIGN §3, issue 10): every act of
 * sharing a household's information outside the team is recorded with its legal basis
 * ({@link nl.regie.consent.SharingAct}); where consent is that basis, the consent itself
 * is recorded per household member ({@link nl.regie.consent.Consent}: what, with whom,
 * for which purpose, given when and how, valid until, withdrawn when). Withdrawing a
 * consent stops what rested on it: the referrer's updates at once (through
 * {@link nl.regie.referral.ReferrerConsent}), and every other module through
 * {@link nl.regie.consent.ConsentWithdrawn}. Whether the team may share a case within the
 * neighbourhood team is answered to the case's access rule
 * ({@link nl.regie.casefile.TeamSharingBasis}); "my cases" reminds the case manager while
 * it is missing. Who may record it is the case's own rule
 * ({@link nl.regie.casefile.CaseRegistrationAccess}); every read is reported.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "casefile", "referral", "household", "identity", "platform" })
package nl.regie.consent;
