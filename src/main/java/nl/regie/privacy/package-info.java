/**
 * Privacy by design: the tamper-evident audit log of every read of household data and of
 * security events (NEN 7513; Logius "Logboek Dataverwerkingen"), with pseudonymous keys
 * so that old entries can be anonymised without breaking the chain; Regie's register of
 * processing activities (GDPR art. 30); the privacy officer's screens.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "identity", "household", "platform" })
package nl.regie.privacy;
