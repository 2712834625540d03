package nl.regie.organisation;

import java.util.UUID;

import nl.regie.identity.CurrentUser;
import nl.regie.platform.domain.NotFound;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One team's name and members, as managed by the functional administrators of its
 * municipality.
 */
@Service
class TeamManagement {

	private final Teams teams;

	private final Areas areas;

	TeamManagement(Teams teams, Areas areas) {
		this.teams = teams;
		this.areas = areas;
	}

	@Transactional(readOnly = true)
	TeamDetail team(CurrentUser user, UUID teamId) {
		UUID municipality = OrganisationAccessPolicy.requireAdministrator(user);
		Team team = teams.find(municipality, teamId).orElseThrow(NotFound::new);
		return new TeamDetail(team, areas.hierarchyOf(municipality).path(team.areaId()),
				teams.membersOf(municipality, teamId));
	}

	/**
	 * @throws OptimisticLockingFailureException when somebody else changed the team after
	 * the form was shown; their change stays
	 */
	@Transactional
	void rename(CurrentUser user, UUID teamId, RenameTeamForm form) {
		UUID municipality = OrganisationAccessPolicy.requireAdministrator(user);
		Team current = teams.find(municipality, teamId).orElseThrow(NotFound::new);
		Team renamed = new Team(current.id(), current.areaId(), current.name(), form.version()).renamed(form.name());
		if (!teams.update(municipality, renamed)) {
			throw new OptimisticLockingFailureException("team " + teamId + " changed since version " + form.version());
		}
	}

	@Transactional
	TeamMember addMember(CurrentUser user, UUID teamId, MemberForm form) {
		UUID municipality = OrganisationAccessPolicy.requireAdministrator(user);
		Team team = teams.find(municipality, teamId).orElseThrow(NotFound::new);
		TeamMember member = TeamMember.join(team.id(), form.name(), form.position(), form.homeOrganisation(),
				form.discipline(), form.hoursPerWeek());
		teams.add(municipality, member);
		return member;
	}

	@Transactional(readOnly = true)
	TeamMember member(CurrentUser user, UUID teamId, UUID memberId) {
		UUID municipality = OrganisationAccessPolicy.requireAdministrator(user);
		return teams.member(municipality, teamId, memberId).orElseThrow(NotFound::new);
	}

	@Transactional
	void removeMember(CurrentUser user, UUID teamId, UUID memberId) {
		UUID municipality = OrganisationAccessPolicy.requireAdministrator(user);
		teams.remove(municipality, teams.member(municipality, teamId, memberId).orElseThrow(NotFound::new));
	}

}
