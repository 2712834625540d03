package nl.regie.identity;

import java.util.HashMap;
import java.util.List;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login page: a button per municipality's provider (single sign-on) and the form for
 * local accounts. Spring Security handles the POST and the provider's answer; a refused
 * password comes back with {@code ?error} or {@code ?locked}, which the page shows in the
 * shared error summary like any refused form, a refusal of the provider's sign-in with
 * {@code ?sso=<reason>}, shown on its own since no form of this page was refused.
 */
@Controller
class LoginController {

	static final String FORM = "login";

	private final IdentityProviders providers;

	private final ProviderRegistrations registrations;

	LoginController(IdentityProviders providers, ProviderRegistrations registrations) {
		this.providers = providers;
		this.registrations = registrations;
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
			@RequestParam(name = "sso", required = false) String refusal, HttpSession session, Model model) {
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
		List<ProviderChoice> choices = providers.enabled()
			.stream()
			.map(provider -> new ProviderChoice(provider.registrationId(), provider.displayName()))
			.toList();
		model.addAttribute("providers", choices);
		if (refusal != null) {
			model.addAttribute("ssoRefusalKey", "login.sso." + ProviderSignInRefused.Reason.ofCode(refusal).code());
		}
		Object offer = session.getAttribute(ProviderLogout.OFFER);
		if (offer != null) {
			session.removeAttribute(ProviderLogout.OFFER);
			model.addAttribute("providerLogout", offer);
		}
		return "identity/login";
	}

	/**
	 * The provider's button: on to the provider when it can be used now, else back to the
	 * login page with the reason.
	 */
	@GetMapping("/login/sso/{registrationId}")
	String signInThroughProvider(@PathVariable String registrationId) {
		if (registrations.findByRegistrationId(registrationId) == null) {
			return "redirect:/login?sso=" + ProviderSignInRefused.Reason.UNKNOWN_PROVIDER.code();
		}
		return "redirect:/oauth2/authorization/" + registrationId;
	}

	record ProviderChoice(String registrationId, String name) {
	}

}
