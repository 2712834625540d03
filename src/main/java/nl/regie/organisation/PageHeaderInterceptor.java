package nl.regie.organisation;

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

	private PageHeader headerFor(CurrentUser user) {
		String teamName = user.teamId() == null ? null
				: directory.team(user.teamId()).map(TeamSummary::name).orElse(null);
		String municipality = directory.municipalityName(user.municipalityId()).orElse("");
		return new PageHeader(user.displayName(), "role." + user.mainRole().name(), teamName, municipality, user);
	}

	/**
	 * @param roleKey message key of the user's main role, so a municipality's own word applies
	 */
	record PageHeader(String displayName, String roleKey, String teamName, String municipalityName,
			CurrentUser user) {
	}

}
