package nl.regie.bench.generate;

/**
 * Module {@code casefile}: the case of every accepted referral, in the stage its story
 * has reached today (see {@link Lifecycle}). The case screens of the modules being built
 * (my cases, team meeting, contacts, plans) add their rows and reads in their own steps.
 */
final class CaseFileStep implements GeneratorStep {

	@Override
	public void household(City city, GeneratedHousehold household, CopyTables tables) {
		for (GeneratedHousehold.Referral referral : household.referrals) {
			GeneratedHousehold.CaseFile caseFile = referral.caseFile;
			if (caseFile != null) {
				tables.table("case_file", "id, municipality_id, team_id, household_id, referral_id, stage, opened_on")
					.row(caseFile.id(), household.municipalityId(), household.team.id(), household.id, referral.id,
							caseFile.stage(), caseFile.openedOn());
			}
		}
	}

}
