/**
 * One shape for access decisions ({@link nl.regie.platform.access.AccessDecision}) and
 * the seam through which every read of household data is reported
 * ({@link nl.regie.platform.access.PersonalDataReads}). The rules themselves live in each
 * module's own access policy: the module owns the data and the rule.
 */
package nl.regie.platform.access;
