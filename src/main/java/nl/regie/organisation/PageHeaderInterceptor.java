package nl.regie.organisation;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.regie.identity.CurrentUser;
import nl.regie.identity.CurrentUsers;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every rendered page shows who is signed in, in which role, for which team and
 * municipality. An interceptor rather than a model attribute, so API calls and redirects
 * do not pay for the look-ups.
 */
class PageHeaderInterceptor implements HandlerInterceptor {

	private final OrganisationDirectory directory;

	PageHeaderInterceptor(OrganisationDirectory directory) {
		this.directory = directory;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || page.getViewName() == null || page.getViewName().startsWith("redirect:")) {
			return;
		}
		CurrentUsers.current().ifPresent(user -> page.addObject("pageHeader", headerFor(user)));
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
