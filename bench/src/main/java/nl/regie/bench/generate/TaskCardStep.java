package nl.regie.bench.generate;

import java.time.LocalDate;
import java.util.List;

/**
 * Module {@code taskcard}: a volunteer of the municipality carries one or two tasks of
 * the plan for each consent the consent step drew for a task card (about one open case in
 * ten; most households have none), valid as long as the consent, revoked with the consent
 * when it was withdrawn, now and then by the case manager. Each card made is a read of
 * the case by the case manager.
 */
final class TaskCardStep implements GeneratorStep {

	private static final String[] TASKS = { "Wekelijks samen boodschappen doen", "Samen de post doornemen",
			"Meegaan naar de afspraak bij schuldhulp", "Voorlezen met de kinderen" };

	@Override
	public void household(City city, GeneratedHousehold household, CopyTables tables) {
		for (GeneratedHousehold.TaskCardConsent consent : household.taskCardConsents) {
			var actions = household.volunteerActions.getOrDefault(consent.caseId(), List.of());
			int cards = city.chance(0.8) ? 1 : 2;
			for (int i = 0; i < cards; i++) {
				City.User volunteer = city.pick(household.team.municipality().volunteers());
				LocalDate revokedOn = consent.withdrawnOn();
				String because = revokedOn != null ? "CONSENT_WITHDRAWN" : null;
				if (revokedOn == null && city.chance(0.05)) {
					revokedOn = consent.givenOn().plusDays(city.between(0, 30));
					because = revokedOn.isAfter(city.today) ? null : "BY_WORKER";
					revokedOn = because == null ? null : revokedOn;
				}
				var at = Lifecycle.at(city, consent.givenOn());
				tables
					.table("task_card",
							"""
									id, municipality_id, case_id, household_id, volunteer_id, consent_id, plan_action_id, first_name,
									task, place, when_text, responsible, concern_contact, valid_until, made_by, made_at, revoked_on,
									revoked_because""")
					.row(city.id(), household.municipalityId(), consent.caseId(), household.id, volunteer.id(),
							consent.id(), actions.isEmpty() ? null : city.pick(actions), consent.givenName(),
							city.pick(TASKS), "Bij de supermarkt in de buurt", "Dinsdagochtend",
							consent.caseManager().displayName(), "020-5550000", consent.validUntil(),
							consent.caseManager().username(), at, revokedOn, because);
				household.reads.add(new GeneratedHousehold.Read(at, consent.caseManager(), "CASE_MANAGER", "task-cards",
						"CASE_COORDINATION"));
			}
		}
	}

}
