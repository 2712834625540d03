package nl.regie.bench.generate;

import java.time.LocalDate;

/**
 * Module {@code casefile}: the case of every accepted referral, in the stage its story
 * has reached today (see {@link Lifecycle}), and the reads of its file by the team's case
 * managers, about one every six weeks while it is worked on. The case screens of the
 * modules being built (my cases, team meeting, contacts, plans) add their rows and reads
 * in their own steps.
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
				for (LocalDate day = caseFile.openedOn().plusDays(city.between(1, 42)); !day
					.isAfter(caseFile.workedUntil()); day = day.plusDays(city.between(28, 56))) {
					household.reads.add(new GeneratedHousehold.Read(Lifecycle.at(city, day),
							city.pick(household.team.caseManagers()), "CASE_MANAGER", "case-file",
							"CASE_COORDINATION"));
				}
			}
		}
	}

}
