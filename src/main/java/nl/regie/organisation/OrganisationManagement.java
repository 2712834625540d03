package nl.regie.organisation;

import java.util.UUID;

import nl.regie.identity.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipality's area hierarchy and its list of teams, as managed by its functional
 * administrators. Each operation is one transaction: a refused form leaves nothing
 * behind.
 */
@Service
class OrganisationManagement {

	private final Areas areas;

	private final Teams teams;

	private final OrganisationDirectory directory;

	OrganisationManagement(Areas areas, Teams teams, OrganisationDirectory directory) {
		this.areas = areas;
		this.teams = teams;
		this.directory = directory;
	}

	@Transactional(readOnly = true)
	OrganisationOverview overview(CurrentUser user) {
		UUID municipality = OrganisationAccessPolicy.requireAdministrator(user);
		return new OrganisationOverview(directory.municipalityName(municipality).orElse(""),
				areas.hierarchyOf(municipality), teams.rowsOf(municipality));
	}

	@Transactional
	AreaLevel addAreaLevel(CurrentUser user, AreaLevelForm form) {
		UUID municipality = OrganisationAccessPolicy.requireAdministrator(user);
		AreaLevel level = areas.hierarchyOf(municipality).addLevel(form.name());
		areas.add(municipality, level);
		return level;
	}

	@Transactional
	Area addArea(CurrentUser user, AreaForm form) {
		UUID municipality = OrganisationAccessPolicy.requireAdministrator(user);
		Area area = areas.hierarchyOf(municipality).addArea(form.levelId(), form.parentId(), form.name());
		areas.add(municipality, area);
		return area;
	}

	@Transactional
	Team createTeam(CurrentUser user, TeamForm form) {
		UUID municipality = OrganisationAccessPolicy.requireAdministrator(user);
		Team team = Team.found(form.name(), form.areaId(), areas.hierarchyOf(municipality));
		teams.add(municipality, team);
		return team;
	}

}
