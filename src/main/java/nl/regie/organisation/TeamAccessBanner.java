package nl.regie.organisation;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import nl.regie.identity.CurrentUsers;
import nl.regie.platform.web.PageAttributes;

import org.springframework.stereotype.Component;

/**
 * On every page of a team leader whose team has unseen role grants: a banner that says
 * how many and links to them, so a grant cannot go unnoticed until someone thinks to
 * look. One indexed count per page, for team leaders only.
 */
@Component
class TeamAccessBanner implements PageAttributes {

	private final TeamAccessNotices notices;

	TeamAccessBanner(TeamAccessNotices notices) {
		this.notices = notices;
	}

	@Override
	public void addTo(HttpServletRequest request, Map<String, Object> model) {
		CurrentUsers.current()
			.filter(user -> TeamAccessNotices.readers(user).isAllowed())
			.map(user -> notices.unseen(user.teamId()))
			.filter(unseen -> unseen > 0)
			.ifPresent(unseen -> model.put("teamAccessUnseen", unseen));
	}

}
