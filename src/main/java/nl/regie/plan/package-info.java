/**
 * The plan (plan van aanpak, DESIGN §2 step 6, issue 15): one plan per case, made with
 * the household and in its own words, goals per life domain with the latest matrix level,
 * actions with an owner from the municipality's ladder (household, own network,
 * collective, volunteer, professional) and the nudge towards the lower rungs; a family's
 * own plan (Eigen Kracht conference) recorded as the plan; every saved change a new
 * version, with the history of what changed; the plan review on "my cases"
 * ({@link nl.regie.casefile.CaseDueItems}); the printable plan for the household; how the
 * plan rests (share of actions per rung, professional organisations) per plan and per
 * team. Access is the case's own rule ({@link nl.regie.casefile.CaseRegistrationAccess});
 * every read is reported.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "casefile", "consent", "registration",
		"household", "assessment", "socialmap", "identity", "platform" })
package nl.regie.plan;
