package nl.regie.organisation;

import java.time.Clock;
import java.util.UUID;

import nl.regie.identity.CurrentUser;
import nl.regie.platform.domain.StateConflict;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The team leader's list of who was given a role in the team, to mark as seen. */
@Controller
class TeamAccessNoticeController {

	static final String PATH = "/team/access-notices";

	private final TeamAccessNotices notices;

	private final Clock clock;

	TeamAccessNoticeController(TeamAccessNotices notices, Clock clock) {
		this.notices = notices;
		this.clock = clock;
	}

	/** Before any form is read: only the team's leaders get past. */
	@ModelAttribute
	void requireTeamLeader(CurrentUser user) {
		TeamAccessNotices.readers(user).orRefuse();
	}

	@GetMapping(PATH)
	String list(CurrentUser user, Model model) {
		model.addAttribute("notices", notices.of(user));
		model.addAttribute("zone", clock.getZone());
		return "organisation/access-notices";
	}

	@PostMapping(PATH + "/{noticeId}/seen")
	String seen(CurrentUser user, @PathVariable UUID noticeId, RedirectAttributes redirect) {
		try {
			notices.seen(user, noticeId);
			redirect.addFlashAttribute("notice", "teamNotices.markedSeen");
		}
		catch (StateConflict seenAlready) {
			redirect.addFlashAttribute("conflict", seenAlready.code());
		}
		return "redirect:" + PATH;
	}

}
