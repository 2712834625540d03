package nl.regie.organisation;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import nl.regie.identity.CurrentUser;
import nl.regie.identity.CurrentUsers;
import nl.regie.platform.web.PageAttributes;

import org.springframework.stereotype.Component;

/**
 * Every rendered page shows who is signed in, in which role, for which team and
 * municipality; also the 403 and 404 pages.
 */
@Component
class PageHeaders implements PageAttributes {

	private final OrganisationDirectory directory;

	PageHeaders(OrganisationDirectory directory) {
		this.directory = directory;
	}

	@Override
	public void addTo(HttpServletRequest request, Map<String, Object> model) {
		CurrentUsers.current().ifPresent(user -> model.put("pageHeader", headerFor(user)));
	}

	/** One query per page: a team member's team look-up also names the municipality. */
	private PageHeader headerFor(CurrentUser user) {
		String role = "role." + user.mainRole().name();
		Optional<TeamSummary> team = user.teamId() == null ? Optional.empty() : directory.team(user.teamId());
		if (team.isPresent()) {
			return new PageHeader(user.displayName(), role, team.get().name(), team.get().municipalityName(), user);
		}
		String municipality = directory.municipalityName(user.municipalityId()).orElse("");
		return new PageHeader(user.displayName(), role, null, municipality, user);
	}

	/**
	 * @param roleKey message key of the user's main role, so a municipality's own word
	 * applies
	 */
	record PageHeader(String displayName, String roleKey, String teamName, String municipalityName, CurrentUser user) {
	}

}
