package nl.regie.identity;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Sends each user to the screen their work starts from.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home(CurrentUser user) {
		if (user.has(Role.TEAM_LEADER) || user.has(Role.TEAM_ASSISTANT)) {
			return "redirect:/referrals";
		}
		if (user.teamId() != null && (user.has(Role.CASE_MANAGER) || user.has(Role.CORE_TEAM_MEMBER))) {
			return "redirect:/cases/my";
		}
		if (user.has(Role.FUNCTIONAL_ADMINISTRATOR)) {
			return "redirect:/admin";
		}
		if (user.has(Role.PRIVACY_OFFICER)) {
			return "redirect:/privacy";
		}
		return "identity/home";
	}

}
