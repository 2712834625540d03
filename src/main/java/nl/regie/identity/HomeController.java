package nl.regie.identity;

import java.util.List;

import nl.regie.platform.web.Navigation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Sends each user to the screen their work starts from: the first screen of their menu. A
 * role whose screens are not built yet gets the start page, which says what the role can
 * do in Regie today and whom to ask.
 */
@Controller
class HomeController {

	private final Navigation navigation;

	HomeController(Navigation navigation) {
		this.navigation = navigation;
	}

	@GetMapping("/")
	String home(CurrentUser user, Model model) {
		List<String> authorities = user.roles().stream().map(Role::authority).toList();
		return navigation.startPage(authorities).map(path -> "redirect:" + path).orElseGet(() -> {
			model.addAttribute("roles", user.roles().stream().sorted().toList());
			model.addAttribute("hasTeam", user.teamId() != null);
			return "identity/home";
		});
	}

}
