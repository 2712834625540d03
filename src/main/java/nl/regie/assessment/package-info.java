/**
 * The Self-Sufficiency Matrix (ZRM) as versioned data: instruments (ZRM 2017 with 13 life
 * domains, the default; the earlier version with 11; supplements later), their levels 1–5
 * and the mapping between versions ({@link nl.regie.assessment.Instruments}); the
 * licensed criteria texts a functional administrator loads from a file
 * ({@link nl.regie.assessment.CriteriaTexts}); and the assessments of adult members,
 * final once saved, corrected by amendment ({@link nl.regie.assessment.Assessments}). The
 * 13 life domains of 2017 stay offered as reference data to the modules that refer to
 * them (referrals). Who may assess whom is decided by the module that knows the case
 * (registration).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "identity", "platform" })
package nl.regie.assessment;
