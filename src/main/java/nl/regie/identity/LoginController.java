package nl.regie.identity;

import java.util.HashMap;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login page; Spring Security handles the POST and comes back with {@code ?error} or
 * {@code ?locked}, which the page shows in the shared error summary like any refused
 * form.
 */
@Controller
class LoginController {

	static final String FORM = "login";

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
			Model model) {
		if (error != null || locked != null) {
			BindingResult refused = new MapBindingResult(new HashMap<>(), FORM);
			if (locked != null) {
				refused.reject("login.locked");
			}
			else {
				refused.rejectValue("username", "login.error");
			}
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, refused);
		}
		return "identity/login";
	}

}
