package nl.regie.bench.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Module {@code casefile}: the case of every accepted referral, in the stage its story
 * has reached today (see {@link Lifecycle}), with the columns the lifecycle keeps
 * (assigned, first contact, closed, end of follow-up), its people (a case manager of the
 * team from the assignment on, a backup for 60 %, a second visitor for 20 %), its history
 * (one line per transition), the outreach attempts (every 3–10 days until the household
 * is reached, or never), the contact journal (about 40 contacts from the first contact to
 * the closing), the closing checklist (10 % of the cases closing now with a closure
 * doubt), the consultation behind a closure without contact, and the follow-up check-ins
 * every three months. Every attempt and contact is recorded from the case file, so each
 * adds a read of it by the case manager.
 */
final class CaseFileStep implements GeneratorStep {

	private static final String[] CHANNELS = { "HOME_VISIT", "PHONE", "PHONE", "LETTER", "TEXT_MESSAGE" };

	private static final String[] CONTACT_TYPES = { "HOME_VISIT", "HOME_VISIT", "HOME_VISIT", "PHONE", "PHONE",
			"OFFICE", "ACCOMPANYING", "NETWORK_MEETING" };

	private static final String[] NOTES = { "Post doorgenomen, afspraak met schuldhulp gemaakt.",
			"Gesprek over de kinderen en de school.", "Samen naar de woningcorporatie geweest.",
			"Plan besproken; volgende stap afgesproken.", "Telefonisch bijgepraat, gaat goed." };

	@Override
	public void household(City city, GeneratedHousehold household, CopyTables tables) {
		for (GeneratedHousehold.Referral referral : household.referrals) {
			GeneratedHousehold.CaseFile caseFile = referral.caseFile;
			if (caseFile != null) {
				write(city, household, referral, caseFile, tables);
			}
		}
	}

	private void write(City city, GeneratedHousehold household, GeneratedHousehold.Referral referral,
			GeneratedHousehold.CaseFile caseFile, CopyTables tables) {
		City.Team team = household.team;
		City.User caseManager = caseFile.assignedOn() == null ? null : city.pick(team.caseManagers());
		City.User backup = caseManager != null && city.chance(0.6) ? other(city, team, caseManager) : null;
		City.User secondVisitor = caseManager != null && city.chance(0.2) ? other(city, team, caseManager) : null;
		if (caseManager != null) {
			household.caseManagers.put(caseFile.id(), caseManager);
		}
		tables.table("case_file", """
				id, municipality_id, team_id, household_id, referral_id, stage, opened_on, case_manager_id,
				second_visitor_id, backup_id, assigned_on, first_contact_on, closed_on, follow_up_until""")
			.row(caseFile.id(), household.municipalityId(), team.id(), household.id, referral.id, caseFile.stage(),
					caseFile.openedOn(), memberOf(caseManager), memberOf(secondVisitor), memberOf(backup),
					caseFile.assignedOn(), caseFile.firstContactOn(), caseFile.closedOn(), caseFile.followUpUntil());
		if (caseManager == null) {
			return;
		}
		caseAccess(city, tables, household, caseFile, team, caseManager);
		history(city, tables, household, caseFile, "ASSIGN", "AWAITING_ASSIGNMENT", "OUTREACH", caseFile.assignedOn(),
				team.leader());
		attempts(city, tables, household, caseFile, caseManager);
		if (caseFile.neverReached()) {
			if (caseFile.closedOn() != null) {
				history(city, tables, household, caseFile, "CLOSE_WITHOUT_CONTACT", "OUTREACH",
						"CLOSED_WITHOUT_CONTACT", caseFile.closedOn(), caseManager);
				tables
					.table("case_no_contact_closure",
							"case_id, municipality_id, referrer_consulted, risks, recorded_by, recorded_at")
					.row(caseFile.id(), household.municipalityId(),
							"Aanmelder gebeld: geen nieuwe zorgen, huishouden wil geen contact.",
							"Geen acute risico's bekend.", caseManager.id(), Lifecycle.at(city, caseFile.closedOn()));
			}
			return;
		}
		if (caseFile.firstContactOn() == null) {
			return;
		}
		history(city, tables, household, caseFile, "MAKE_CONTACT", "OUTREACH", "ACTIVE", caseFile.firstContactOn(),
				caseManager);
		contacts(city, tables, household, caseFile, caseManager);
		if (caseFile.closingProposedOn() == null) {
			return;
		}
		history(city, tables, household, caseFile, "PROPOSE_CLOSING", "ACTIVE", "CLOSING", caseFile.closingProposedOn(),
				caseManager);
		boolean doubt = caseFile.closedOn() == null && city.chance(0.1);
		tables.table("case_closing", """
				case_id, municipality_id, self_sufficient, household_wants_stop, step_out_answer, support_continues,
				achieved, follow_up, unmet_rules, proposed_by, proposed_at""")
			.row(caseFile.id(), household.municipalityId(), !doubt, false, doubt ? "UNSURE" : "YES", null,
					"Schulden geregeld, huur betaald, kinderen weer naar school.", true,
					doubt ? "{QUESTION_SOLVED_TWICE}" : "{}", caseManager.id(),
					Lifecycle.at(city, caseFile.closingProposedOn()));
		if (caseFile.closedOn() == null) {
			return;
		}
		history(city, tables, household, caseFile, "CLOSE_WITH_FOLLOW_UP", "CLOSING", "FOLLOW_UP", caseFile.closedOn(),
				caseManager);
		LocalDate watchEnd = caseFile.followUpUntil() != null && !caseFile.followUpUntil().isAfter(city.today)
				? caseFile.followUpUntil() : city.today;
		for (LocalDate due = caseFile.closedOn().plusMonths(3); due.isBefore(watchEnd); due = due.plusMonths(3)) {
			LocalDate checked = due.plusDays(city.between(0, 7));
			if (checked.isAfter(city.today)) {
				break;
			}
			Instant at = Lifecycle.at(city, checked);
			tables.table("follow_up_check_in", """
					id, municipality_id, case_id, due_on, checked_on, result, note, checked_by, checked_by_name,
					checked_at""")
				.row(city.id(), household.municipalityId(), caseFile.id(), due, checked,
						city.chance(0.95) ? "ALL_WELL" : "CONCERN", null, caseManager.id(), caseManager.displayName(),
						at);
			household.reads
				.add(new GeneratedHousehold.Read(at, caseManager, "CASE_MANAGER", "case-file", "CASE_COORDINATION"));
		}
		if ("ENDED".equals(caseFile.stage())) {
			history(city, tables, household, caseFile, "END_FOLLOW_UP", "FOLLOW_UP", "ENDED", caseFile.followUpUntil(),
					null);
		}
	}

	/**
	 * Who else reads the case: an outer-ring specialist consulted for 1–3 months (5 % of
	 * the cases that reached the household, most of them over by now), and a colleague
	 * breaking the glass (0.5 % of the cases, for eight hours, reviewed by the team
	 * leader after a few days unless it was this week).
	 */
	private static void caseAccess(City city, CopyTables tables, GeneratedHousehold household,
			GeneratedHousehold.CaseFile caseFile, City.Team team, City.User caseManager) {
		if (caseFile.firstContactOn() != null && !team.outerRing().isEmpty() && city.chance(0.05)) {
			City.User specialist = city.pick(team.outerRing());
			LocalDate until = caseFile.closedOn() != null ? caseFile.closedOn() : city.today;
			LocalDate from = caseFile.firstContactOn()
				.plusDays(city.random.nextLong(Math.max(1, ChronoUnit.DAYS.between(caseFile.firstContactOn(), until))));
			Instant at = Lifecycle.at(city, from);
			tables.table("case_consultant", """
					id, municipality_id, case_id, member_id, username, from_date, until_date, question, added_by,
					added_at""")
				.row(city.id(), household.municipalityId(), caseFile.id(), specialist.memberId(), specialist.username(),
						from, from.plusDays(city.between(30, 90)), "Graag advies over de opvoeding en de schulden.",
						caseManager.id(), at);
			household.reads.add(new GeneratedHousehold.Read(at.plusSeconds(3600), specialist, "OUTER_RING_SPECIALIST",
					"case-file", "CASE_COORDINATION"));
		}
		City.User colleague = city.chance(0.005) ? other(city, team, caseManager) : null;
		if (colleague != null) {
			LocalDate on = caseFile.closedOn() != null ? caseFile.closedOn().minusDays(1)
					: city.today.minusDays(city.between(0, 30));
			if (on.isBefore(caseFile.assignedOn())) {
				on = caseFile.assignedOn();
			}
			Instant at = Lifecycle.at(city, on);
			boolean reviewed = on.plusDays(7).isBefore(city.today);
			tables.table("case_emergency_access", """
					id, municipality_id, team_id, case_id, user_id, username, display_name, role, reason, opened_at,
					expires_at, leader_verdict, leader_reviewed_by, leader_reviewed_at""")
				.row(city.id(), household.municipalityId(), team.id(), caseFile.id(), colleague.id(),
						colleague.username(), colleague.displayName(), "CASE_MANAGER",
						"Casusregisseur ziek, moeder belt in paniek over een uithuiszetting.", at,
						at.plusSeconds(8 * 3600), reviewed ? "JUSTIFIED" : null,
						reviewed ? team.leader().username() : null, reviewed ? at.plusSeconds(3 * 86_400) : null);
			household.reads
				.add(new GeneratedHousehold.Read(at, colleague, "CASE_MANAGER", "case-file", "CASE_COORDINATION"));
		}
	}

	/**
	 * Outreach: attempts every 3–10 days; the last one reaches the household, if any
	 * does.
	 */
	private void attempts(City city, CopyTables tables, GeneratedHousehold household,
			GeneratedHousehold.CaseFile caseFile, City.User caseManager) {
		LocalDate end = caseFile.firstContactOn() != null ? caseFile.firstContactOn()
				: caseFile.closedOn() != null ? caseFile.closedOn() : city.today;
		for (LocalDate day = caseFile.assignedOn().plusDays(city.between(1, 3)); day
			.isBefore(end); day = day.plusDays(city.between(3, 10))) {
			attempt(city, tables, household, caseFile, caseManager, day, false);
		}
		if (caseFile.firstContactOn() != null) {
			attempt(city, tables, household, caseFile, caseManager, caseFile.firstContactOn(), true);
		}
	}

	private void attempt(City city, CopyTables tables, GeneratedHousehold household,
			GeneratedHousehold.CaseFile caseFile, City.User caseManager, LocalDate on, boolean reached) {
		Instant at = Lifecycle.at(city, on);
		tables.table("contact_attempt", """
				id, municipality_id, case_id, tried_on, channel, tried_by, tried_by_name, outcome, note, recorded_by,
				recorded_at""")
			.row(city.id(), household.municipalityId(), caseFile.id(), on, city.pick(CHANNELS), caseManager.id(),
					caseManager.displayName(), reached ? "REACHED" : city.chance(0.6) ? "NO_ANSWER" : "MESSAGE_LEFT",
					null, caseManager.id(), at);
		household.reads
			.add(new GeneratedHousehold.Read(at, caseManager, "CASE_MANAGER", "case-file", "CASE_COORDINATION"));
	}

	/**
	 * The journal: contacts spread from the first contact to the closing so that a whole
	 * case has about 40, up to today for a case still worked on.
	 */
	private void contacts(City city, CopyTables tables, GeneratedHousehold household,
			GeneratedHousehold.CaseFile caseFile, City.User caseManager) {
		long span = ChronoUnit.DAYS.between(caseFile.firstContactOn(), caseFile.plannedClosingProposal());
		// 32 steps to the closing proposal, and a few more while closing: about 40 in all
		// (the
		// medium run of 2 December, with 38, had 48).
		int step = (int) Math.max(2, span / 32);
		LocalDate until = caseFile.closedOn() != null ? caseFile.closedOn() : city.today;
		for (LocalDate day = caseFile.firstContactOn(); !day.isAfter(until); day = day
			.plusDays(city.between(Math.max(1, step / 2), step + step / 2))) {
			Instant at = Lifecycle.at(city, day);
			String type = city.pick(CONTACT_TYPES);
			tables.table("case_contact", """
					id, municipality_id, case_id, contact_on, type, participants, duration_minutes, note,
					question_solved, recorded_by, recorded_by_username, recorded_at""")
				.row(city.id(), household.municipalityId(), caseFile.id(), day, type,
						caseManager.displayName() + ", " + household.members.getFirst().givenName(),
						type.equals("PHONE") ? city.between(5, 30) : city.between(30, 120), city.pick(NOTES),
						caseFile.closingProposedOn() != null && !day.isBefore(caseFile.closingProposedOn()),
						caseManager.id(), caseManager.username(), at);
			household.reads
				.add(new GeneratedHousehold.Read(at, caseManager, "CASE_MANAGER", "case-file", "CASE_COORDINATION"));
		}
	}

	private static void history(City city, CopyTables tables, GeneratedHousehold household,
			GeneratedHousehold.CaseFile caseFile, String kind, String from, String to, LocalDate on, City.User by) {
		tables
			.table("case_history",
					"id, municipality_id, case_id, kind, from_stage, to_stage, text, by_user, by_name, at")
			.row(city.id(), household.municipalityId(), caseFile.id(), kind, from, to, null,
					by == null ? null : by.id(), by == null ? null : by.displayName(), Lifecycle.at(city, on));
	}

	private static City.User other(City city, City.Team team, City.User caseManager) {
		if (team.caseManagers().size() < 2) {
			return null;
		}
		City.User other;
		do {
			other = city.pick(team.caseManagers());
		}
		while (other.equals(caseManager));
		return other;
	}

	private static Object memberOf(City.User user) {
		return user == null ? null : user.memberId();
	}

}
