package nl.regie.team;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.regie.identity.CurrentUser;
import nl.regie.organisation.RosterMember;
import nl.regie.organisation.TeamRoster;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * This module's part of the demo data ({@code demo} profile only): the team's way of
 * working and its next meeting, through the module's own services.
 */
@Component
@Profile("demo")
@Transactional(propagation = Propagation.MANDATORY)
public class TeamDemoData {

	private final TeamMeetingManagement management;

	private final TeamSettings settings;

	private final TeamRoster roster;

	TeamDemoData(TeamMeetingManagement management, TeamSettings settings, TeamRoster roster) {
		this.roster = roster;
		this.management = management;
		this.settings = settings;
	}

	public void wayOfWorking(CurrentUser leader, String contactDetails) {
		TeamSettings.Settings defaults = settings.of(leader.teamId());
		settings.save(leader.municipalityId(), leader.teamId(),
				new TeamSettings.Settings(defaults.meetingDay(), defaults.intervalWeeks(), defaults.meetingTypes(),
						defaults.assignedBy(), defaults.assignmentMode(), contactDetails, defaults.version()));
	}

	/**
	 * @param participants names of team members taking part
	 * @return the meeting
	 */
	public UUID meeting(CurrentUser planner, LocalDate on, MeetingType type, Set<String> participants) {
		List<UUID> ids = roster.members(planner.teamId())
			.stream()
			.filter(member -> participants.contains(member.name()))
			.map(RosterMember::id)
			.toList();
		return management.plan(planner, new MeetingForm(on, type, ids, null));
	}

}
