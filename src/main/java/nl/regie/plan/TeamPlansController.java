package nl.regie.plan;

import nl.regie.identity.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** How the team's plans rest, for its team leader. */
@Controller
class TeamPlansController {

	private final TeamPlansQuery query;

	TeamPlansController(TeamPlansQuery query) {
		this.query = query;
	}

	@GetMapping("/team/plans")
	String overview(CurrentUser user, Model model) {
		model.addAttribute("figures", query.overview(user));
		model.addAttribute("rungs", OwnerRung.values());
		return "plan/team-plans";
	}

	/** Before anything is read: the team leader only. */
	@ControllerAdvice(assignableTypes = TeamPlansController.class)
	static class Guard {

		private final PlanAccessPolicy access;

		Guard(PlanAccessPolicy access) {
			this.access = access;
		}

		@ModelAttribute
		void requireTeamLeader(CurrentUser user) {
			access.teamOverview(user).orRefuse();
		}

	}

}
