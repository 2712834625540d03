package nl.regie.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.regie.identity.CurrentUser;
import nl.regie.identity.Role;
import nl.regie.organisation.TeamRoster;
import nl.regie.platform.access.AccessDecision;
import nl.regie.platform.access.PersonalDataRead;
import nl.regie.platform.access.PersonalDataReads;
import nl.regie.platform.access.ProcessingActivity;
import nl.regie.team.MeetingOutcomes;
import nl.regie.team.TeamSettings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may see and work on a case (DESIGN §5). The full file: the case manager, the second
 * visitor and the backup, the team leader of the case's team, and an outer-ring
 * specialist during an open consultation on the case. A summary: core-team members of the
 * team, for a case the team discussed in a meeting, once a basis for sharing it within
 * the team is on record ({@link TeamSharingBasis}). Nothing: team assistants, volunteers,
 * households, policy officers and functional administrators. Another team's case is
 * concealed. Every allowed read of the household is reported.
 */
@Component
class CaseAccessPolicy {

	private final TeamRoster roster;

	private final MeetingOutcomes outcomes;

	private final TeamSettings settings;

	private final PersonalDataReads reads;

	private final JdbcClient jdbc;

	private final EmergencyAccesses emergencies;

	private final TeamSharingBasis sharingBasis;

	private final Clock clock;

	CaseAccessPolicy(TeamRoster roster, MeetingOutcomes outcomes, TeamSettings settings, PersonalDataReads reads,
			JdbcClient jdbc, EmergencyAccesses emergencies, TeamSharingBasis sharingBasis, Clock clock) {
		this.sharingBasis = sharingBasis;
		this.roster = roster;
		this.emergencies = emergencies;
		this.outcomes = outcomes;
		this.settings = settings;
		this.reads = reads;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Case screens at all: the guard in front of every route of the module. */
	AccessDecision caseScreens(CurrentUser user) {
		if (user.teamId() == null) {
			return AccessDecision.refused("access.noTeam");
		}
		return user.has(Role.TEAM_LEADER) || user.has(Role.CASE_MANAGER) || user.has(Role.CORE_TEAM_MEMBER)
				|| user.has(Role.OUTER_RING_SPECIALIST) ? AccessDecision.allowed()
						: AccessDecision.refused("access.case.role");
	}

	/** "My cases": everyone who can be given cases. */
	AccessDecision myCases(CurrentUser user) {
		return caseScreens(user).and(user.has(Role.OUTER_RING_SPECIALIST) && !user.has(Role.CASE_MANAGER)
				? AccessDecision.refused("access.case.myCasesCoreTeam") : AccessDecision.allowed());
	}

	/** The list of one's consultations: the outer-ring specialist's. */
	AccessDecision consultations(CurrentUser user) {
		return caseScreens(user).and(user.has(Role.OUTER_RING_SPECIALIST) ? AccessDecision.allowed()
				: AccessDecision.refused("access.case.consultationsSpecialist"));
	}

	/** Caseload and team overview: the team leader steers them. */
	AccessDecision caseload(CurrentUser user) {
		return caseScreens(user).and(user.has(Role.TEAM_LEADER) ? AccessDecision.allowed()
				: AccessDecision.refused("access.case.leaderOnly"));
	}

	/**
	 * The whole file: to work the case. Someone of the team who may break the glass is
	 * shown the way to emergency access on the refusal; while theirs is open, they are
	 * let in.
	 */
	AccessDecision work(CurrentUser user, CaseFile file) {
		if (!user.worksIn(file.teamId())) {
			return AccessDecision.concealed();
		}
		if (ownRight(user, file) || emergencyAccess(user, file).isPresent()) {
			return AccessDecision.allowed();
		}
		return mayBreakTheGlass(user)
				? AccessDecision.refused("access.case.notYours", "/cases/" + file.id() + "/emergency-access")
				: AccessDecision.refused("access.case.notYours");
	}

	/**
	 * Break-the-glass: a case manager or core-team member of the case's team who has no
	 * right to the file. A team leader has the right already; an outer-ring specialist
	 * asks the team leader for a consultation; another team's case is concealed.
	 */
	AccessDecision breakTheGlass(CurrentUser user, CaseFile file) {
		if (!user.worksIn(file.teamId())) {
			return AccessDecision.concealed();
		}
		return mayBreakTheGlass(user) ? AccessDecision.allowed() : AccessDecision.refused("access.emergency.role");
	}

	/** The user reads the file by their own right, without emergency access. */
	boolean ownRight(CurrentUser user, CaseFile file) {
		return user.has(Role.TEAM_LEADER) || file.roles().includes(memberOf(user, file)) || consulted(user, file);
	}

	/**
	 * Reviewing break-the-glass accesses: the team leader (the team's) and the privacy
	 * officer (the municipality's).
	 */
	AccessDecision reviewEmergencyAccess(CurrentUser user) {
		return user.has(Role.TEAM_LEADER) || user.has(Role.PRIVACY_OFFICER) ? AccessDecision.allowed()
				: AccessDecision.refused("access.emergency.reviewers");
	}

	private static boolean mayBreakTheGlass(CurrentUser user) {
		return user.has(Role.CASE_MANAGER) || user.has(Role.CORE_TEAM_MEMBER);
	}

	private Optional<EmergencyAccess> emergencyAccess(CurrentUser user, CaseFile file) {
		return emergencies.activeFor(file.id(), user.username(), clock.instant());
	}

	/**
	 * The summary: the full file's readers, and the core team once the team discussed the
	 * case and a basis for sharing it within the team is on record.
	 */
	AccessDecision summary(CurrentUser user, CaseFile file) {
		AccessDecision work = work(user, file);
		if (work.isAllowed() || !user.worksIn(file.teamId())) {
			return work;
		}
		return (user.has(Role.CORE_TEAM_MEMBER) || user.has(Role.CASE_MANAGER)) && outcomes.discussed(file.id())
				&& sharingBasis.recorded(file.id()) ? AccessDecision.allowed() : work;
	}

	/** Assigning: the team leader, or the core team where the team set it so. */
	AccessDecision assign(CurrentUser user, UUID teamId) {
		if (!user.worksIn(teamId)) {
			return AccessDecision.concealed();
		}
		if (user.has(Role.TEAM_LEADER)) {
			return AccessDecision.allowed();
		}
		boolean coreTeam = user.has(Role.CASE_MANAGER) || user.has(Role.CORE_TEAM_MEMBER);
		return coreTeam && settings.of(teamId).assignedBy() == TeamSettings.AssignedBy.CORE_TEAM
				? AccessDecision.allowed() : AccessDecision.refused("access.case.assignSetting");
	}

	/** Reassigning and asking in specialists: the team leader's. */
	AccessDecision steer(CurrentUser user, CaseFile file) {
		if (!user.worksIn(file.teamId())) {
			return AccessDecision.concealed();
		}
		return user.has(Role.TEAM_LEADER) ? AccessDecision.allowed() : AccessDecision.refused("access.case.leaderOnly");
	}

	/** The case's household was shown. */
	void householdRead(CurrentUser user, CaseFile file, String resource) {
		reads.record(read(user, file, resource));
	}

	/** What the case holds about one member of its household was shown. */
	void memberRead(CurrentUser user, CaseFile file, UUID memberId, String resource) {
		reads.record(read(user, file, resource).aboutMember(memberId));
	}

	private PersonalDataRead read(CurrentUser user, CaseFile file, String resource) {
		String ground = ownRight(user, file) ? null
				: emergencyAccess(user, file).map(EmergencyAccess::ground).orElse(null);
		return new PersonalDataRead(user.userId(), file.municipalityId(), user.mainRole().name(), file.householdId(),
				resource, ProcessingActivity.CASE_COORDINATION, ground);
	}

	/** Households of the user's municipality were shown in a list of cases. */
	void listed(CurrentUser user, Collection<UUID> householdIds, String resource) {
		reads.recordAll(householdIds.stream()
			.map(household -> new PersonalDataRead(user.userId(), user.municipalityId(), user.mainRole().name(),
					household, resource, ProcessingActivity.CASE_COORDINATION))
			.toList());
	}

	/** The team member this account is in the case's team, if any. */
	UUID memberOf(CurrentUser user, CaseFile file) {
		List<UUID> ids = roster.memberIdsOf(file.teamId(), user.username());
		return ids.stream().filter(file.roles()::includes).findFirst().orElse(ids.isEmpty() ? null : ids.get(0));
	}

	private boolean consulted(CurrentUser user, CaseFile file) {
		if (!user.has(Role.OUTER_RING_SPECIALIST)) {
			return false;
		}
		return jdbc.sql("""
				select exists (select 1 from case_consultant where case_id = :c and username = :u
				    and :today between from_date and until_date)""")
			.param("c", file.id())
			.param("u", user.username())
			.param("today", LocalDate.now(clock))
			.query(Boolean.class)
			.single();
	}

}
