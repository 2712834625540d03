package nl.regie.team;

import java.util.Collection;
import java.util.Objects;
import java.util.UUID;

import nl.regie.identity.CurrentUser;
import nl.regie.identity.Role;
import nl.regie.organisation.TeamRoster;
import nl.regie.platform.access.AccessDecision;
import nl.regie.platform.access.PersonalDataRead;
import nl.regie.platform.access.PersonalDataReads;
import nl.regie.platform.access.ProcessingActivity;

import org.springframework.stereotype.Component;

/**
 * Who may see and work on a team's meetings (DESIGN §5). The team leader, the team
 * assistant (who prepares the meeting) and the core team (case managers and core-team
 * members) see the full agenda of their own team; an outer-ring specialist sees the
 * agenda of a meeting they take part in, without names; volunteers, households, policy
 * officers and functional administrators see no meeting at all. Another team's meeting is
 * concealed. Every full agenda shown is reported as a read of each household on it.
 */
@Component
class TeamAccessPolicy {

	private final PersonalDataReads reads;

	private final TeamRoster roster;

	TeamAccessPolicy(PersonalDataReads reads, TeamRoster roster) {
		this.reads = reads;
		this.roster = roster;
	}

	/** The team's meeting screens at all: the guard in front of every route. */
	AccessDecision meetings(CurrentUser user) {
		if (user.teamId() == null) {
			return AccessDecision.refused("access.noTeam");
		}
		return insider(user) || user.has(Role.OUTER_RING_SPECIALIST) ? AccessDecision.allowed()
				: AccessDecision.refused("access.team.role");
	}

	/** The list of the team's meetings: its office and core team. */
	AccessDecision list(CurrentUser user) {
		return meetings(user)
			.and(insider(user) ? AccessDecision.allowed() : AccessDecision.refused("access.team.notParticipant"));
	}

	/** Planning meetings: the team leader and the team assistant. */
	AccessDecision plan(CurrentUser user) {
		return meetings(user).and(user.has(Role.TEAM_LEADER) || user.has(Role.TEAM_ASSISTANT) ? AccessDecision.allowed()
				: AccessDecision.refused("access.team.planning"));
	}

	/** The team's way of working: the team leader's. */
	AccessDecision settings(CurrentUser user) {
		return meetings(user).and(user.has(Role.TEAM_LEADER) ? AccessDecision.allowed()
				: AccessDecision.refused("access.team.leaderOnly"));
	}

	/**
	 * Reading one meeting's agenda: insiders of the team, or an outer-ring specialist
	 * taking part in it.
	 */
	AccessDecision agenda(CurrentUser user, TeamMeeting meeting) {
		if (!user.worksIn(meeting.teamId())) {
			return AccessDecision.concealed();
		}
		if (insider(user)) {
			return AccessDecision.allowed();
		}
		return user.has(Role.OUTER_RING_SPECIALIST) && takesPart(user, meeting) ? AccessDecision.allowed()
				: AccessDecision.refused("access.team.notParticipant");
	}

	/** Recording outcomes: insiders of the meeting's team only. */
	AccessDecision recordOutcome(CurrentUser user, TeamMeeting meeting) {
		return agenda(user, meeting)
			.and(insider(user) ? AccessDecision.allowed() : AccessDecision.refused("access.team.outcomeInsiders"));
	}

	/**
	 * Whether this user sees the agenda without names and addresses: everyone from
	 * outside the core team does.
	 */
	boolean seesNamesOn(CurrentUser user) {
		return insider(user);
	}

	/** The full agenda was shown: one read per household on it. */
	void householdsShown(CurrentUser user, UUID municipalityId, Collection<UUID> householdIds) {
		String role = user.mainRole().name();
		reads.recordAll(householdIds.stream()
			.filter(Objects::nonNull)
			.distinct()
			.map(household -> new PersonalDataRead(user.userId(), municipalityId, role, household, "agenda",
					ProcessingActivity.TEAM_MEETING))
			.toList());
	}

	private boolean takesPart(CurrentUser user, TeamMeeting meeting) {
		return roster.memberIdsOf(meeting.teamId(), user.username())
			.stream()
			.anyMatch(meeting.participantIds()::contains);
	}

	/** The team's own office and core team. */
	static boolean insider(CurrentUser user) {
		return user.has(Role.TEAM_LEADER) || user.has(Role.TEAM_ASSISTANT) || user.has(Role.CASE_MANAGER)
				|| user.has(Role.CORE_TEAM_MEMBER);
	}

}
