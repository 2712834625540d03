package nl.regie.bench.generate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Module {@code team}: every team's weekly meeting (on Regie's default Tuesday) from the
 * start of the city's history up to the next one (today or later, the agenda the load
 * opens), with its participants (the team leader and the case managers), and the outcome
 * of each assignment discussed: the case manager the team chose, at the meeting that
 * assigned the case (see {@link Lifecycle}). The team leader reads the agenda with the
 * household on it: a read under the team meeting's processing activity.
 */
final class TeamStep implements GeneratorStep {

	@Override
	public void household(City city, GeneratedHousehold household, CopyTables tables) {
		City.Team team = household.team;
		for (GeneratedHousehold.Referral referral : household.referrals) {
			GeneratedHousehold.CaseFile caseFile = referral.caseFile;
			City.User caseManager = caseFile == null ? null : household.caseManagers.get(caseFile.id());
			if (caseManager == null) {
				continue;
			}
			var at = Lifecycle.at(city, caseFile.assignedOn());
			tables.table("agenda_outcome", """
					id, municipality_id, meeting_id, item_key, kind, case_id, question, advice, decision, postponed,
					decided_by, decided_by_name, decided_at""")
				.row(city.id(), household.municipalityId(), meetingId(team, caseFile.assignedOn()),
						"ASSIGNMENT:" + caseFile.id(), "ASSIGNMENT", caseFile.id(), "Wie wordt casusregisseur?", null,
						"Casusregisseur: " + caseManager.displayName(), false, team.leader().id(),
						team.leader().displayName(), at);
			household.reads
				.add(new GeneratedHousehold.Read(at, team.leader(), "TEAM_LEADER", "agenda", "TEAM_MEETING"));
		}
	}

	@Override
	public void finish(City city, CopyTables tables) {
		LocalDate last = Lifecycle.meetingOnOrAfter(city.today);
		CopyTables.Table meetings = tables.table("team_meeting",
				"id, municipality_id, team_id, held_on, type, external_participants, created_by, created_at");
		CopyTables.Table participants = tables.table("team_meeting_participant",
				"meeting_id, municipality_id, member_id");
		for (City.Municipality municipality : city.municipalities) {
			for (City.Team team : municipality.teams()) {
				for (LocalDate day = Lifecycle.meetingOnOrAfter(city.firstDay); !day.isAfter(last); day = day
					.plusWeeks(1)) {
					UUID id = meetingId(team, day);
					meetings.row(id, municipality.id(), team.id(), day, "WEEKLY_TEAM_MEETING", null, team.leader().id(),
							Lifecycle.at(city, day.minusDays(7)));
					if (day.isBefore(city.today)) {
						participants.row(id, municipality.id(), team.leader().memberId());
						for (City.User caseManager : team.caseManagers()) {
							participants.row(id, municipality.id(), caseManager.memberId());
						}
					}
				}
			}
		}
	}

	/** The meeting of a team on a day, named the same wherever a step needs it. */
	static UUID meetingId(City.Team team, LocalDate day) {
		return UUID.nameUUIDFromBytes((team.id() + "/" + day).getBytes(StandardCharsets.UTF_8));
	}

}
