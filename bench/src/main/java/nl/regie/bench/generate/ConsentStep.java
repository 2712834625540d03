package nl.regie.bench.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Module {@code consent}: for every case that reached the household, 0–3 consents of an
 * adult member (to inform the referrer, for a warm handover or referral out, to
 * coordinate with the team's partners), a year valid or open-ended, 10 % withdrawn since;
 * one in ten cases also a consent for a task card (the task-card step writes the cards).
 * The sharing acts: on a consent for about half of them, and 0–2 on the legal task. A
 * member's shielding from the rest of the household for 1 % of the households. Each
 * consent and act is a read of the case by the case manager.
 */
final class ConsentStep implements GeneratorStep {

	private static final String[] PURPOSES = { "INFORM_REFERRER", "WARM_HANDOVER", "REFERRAL_OUT", "TEAM_COORDINATION",
			"SAFETY_PARTNER" };

	private static final String[] RECIPIENTS = { "Schuldhulpverlening", "Huisarts", "GGZ-behandelaar",
			"Woningcorporatie", "Leerplichtambtenaar" };

	@Override
	public void household(City city, GeneratedHousehold household, CopyTables tables) {
		boolean shielded = false;
		for (GeneratedHousehold.Referral referral : household.referrals) {
			GeneratedHousehold.CaseFile caseFile = referral.caseFile;
			City.User caseManager = caseFile == null ? null : household.caseManagers.get(caseFile.id());
			if (caseManager == null || caseFile.firstContactOn() == null) {
				continue;
			}
			GeneratedHousehold.Member member = adult(household, caseFile.firstContactOn());
			if (member == null) {
				continue;
			}
			LocalDate end = caseFile.closedOn() != null ? caseFile.closedOn() : city.today;
			int consents = city.between(0, 3);
			for (int i = 0; i < consents; i++) {
				LocalDate givenOn = day(city, caseFile.firstContactOn(), end);
				LocalDate validUntil = city.chance(0.7) ? givenOn.plusYears(1) : null;
				LocalDate withdrawnOn = city.chance(0.1) ? day(city, givenOn, end) : null;
				String purpose = city.pick(PURPOSES);
				String recipient = city.pick(RECIPIENTS);
				UUID consentId = consent(city, tables, household, caseFile, caseManager, member, purpose, recipient,
						givenOn, validUntil, withdrawnOn);
				if (city.chance(0.5) && !purpose.equals("TEAM_COORDINATION")) {
					LocalDate until = withdrawnOn != null ? withdrawnOn
							: validUntil != null && validUntil.isBefore(end) ? validUntil : end;
					share(city, tables, household, caseFile, caseManager, purpose, recipient, "CONSENT", consentId,
							day(city, givenOn, until));
				}
			}
			int legal = city.between(0, 2);
			for (int i = 0; i < legal; i++) {
				share(city, tables, household, caseFile, caseManager, "REFERRAL_OUT", city.pick(RECIPIENTS),
						"LEGAL_TASK", null, day(city, caseFile.firstContactOn(), end));
			}
			if (caseFile.closedOn() == null && city.chance(0.1)) {
				LocalDate givenOn = day(city, caseFile.firstContactOn(), city.today);
				LocalDate validUntil = givenOn.plusMonths(6);
				LocalDate withdrawnOn = city.chance(0.05) ? day(city, givenOn, city.today) : null;
				UUID id = consent(city, tables, household, caseFile, caseManager, member, "TASK_CARD",
						"Vrijwilliger van het maatjesproject", givenOn, validUntil, withdrawnOn);
				household.taskCardConsents.add(new GeneratedHousehold.TaskCardConsent(id, caseFile.id(), givenOn,
						validUntil, withdrawnOn, member.givenName(), caseManager));
			}
			if (!shielded && city.chance(0.01) && household.members.size() > 1) {
				shielded = true;
				GeneratedHousehold.Member shield = household.members.getLast();
				tables.table("member_shielding", """
						id, municipality_id, household_id, member_id, reason, explanation, since, recorded_by,
						recorded_at""")
					.row(city.id(), household.municipalityId(), household.id, shield.id(), "DOMESTIC_VIOLENCE", null,
							caseFile.firstContactOn(), caseManager.username(),
							Lifecycle.at(city, caseFile.firstContactOn()));
			}
		}
	}

	private static UUID consent(City city, CopyTables tables, GeneratedHousehold household,
			GeneratedHousehold.CaseFile caseFile, City.User caseManager, GeneratedHousehold.Member member,
			String purpose, String recipient, LocalDate givenOn, LocalDate validUntil, LocalDate withdrawnOn) {
		UUID id = city.id();
		Instant at = Lifecycle.at(city, givenOn);
		boolean signed = city.chance(0.8);
		tables.table("consent", """
				id, municipality_id, case_id, household_id, member_id, purpose, information, recipient, purpose_note,
				given_on, given_how, witness, valid_until, withdrawn_on, recorded_by, recorded_at,
				withdrawal_recorded_by""")
			.row(id, household.municipalityId(), caseFile.id(), household.id, member.id(), purpose,
					"Naam, adres en de hulpvraag", recipient, "Zodat de hulp op elkaar aansluit.", givenOn,
					signed ? "SIGNED" : "VERBAL_WITH_WITNESS", signed ? null : "Collega van het wijkteam", validUntil,
					withdrawnOn, caseManager.username(), at, withdrawnOn == null ? null : caseManager.username());
		household.reads
			.add(new GeneratedHousehold.Read(at, caseManager, "CASE_MANAGER", "consents", "CASE_COORDINATION"));
		return id;
	}

	private static void share(City city, CopyTables tables, GeneratedHousehold household,
			GeneratedHousehold.CaseFile caseFile, City.User caseManager, String kind, String recipient,
			String legalBasis, UUID consentId, LocalDate on) {
		Instant at = Lifecycle.at(city, on);
		tables.table("sharing_act", """
				id, municipality_id, case_id, household_id, kind, recipient, legal_basis, consent_id, explanation,
				shared_on, recorded_by, recorded_at""")
			.row(city.id(), household.municipalityId(), caseFile.id(), household.id, kind, recipient, legalBasis,
					consentId, null, on, caseManager.username(), at);
		household.reads
			.add(new GeneratedHousehold.Read(at, caseManager, "CASE_MANAGER", "consents", "CASE_COORDINATION"));
	}

	private static GeneratedHousehold.Member adult(GeneratedHousehold household, LocalDate on) {
		for (GeneratedHousehold.Member member : household.members) {
			if (member.adultOn(on)) {
				return member;
			}
		}
		return null;
	}

	/**
	 * A day from {@code from} up to {@code until} (inclusive; {@code from} if before).
	 */
	private static LocalDate day(City city, LocalDate from, LocalDate until) {
		long span = ChronoUnit.DAYS.between(from, until);
		return span <= 0 ? from : from.plusDays(city.random.nextLong(span + 1));
	}

}
