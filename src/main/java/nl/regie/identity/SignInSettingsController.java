package nl.regie.identity;

import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.web.FormErrors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The municipality's sign-in settings for its functional administrators: its OpenID
 * Connect provider, and whether local accounts need a second factor.
 */
@Controller
@RequestMapping("/admin/sign-in")
class SignInSettingsController {

	private static final String PROVIDER_FORM = "providerForm";

	private static final String POLICY_FORM = "policyForm";

	private final SignInSettingsManagement management;

	SignInSettingsController(SignInSettingsManagement management) {
		this.management = management;
	}

	@GetMapping
	String settings(CurrentUser user, Model model) {
		return page(user, model);
	}

	@PostMapping("/provider")
	String saveProvider(CurrentUser user, @ModelAttribute(PROVIDER_FORM) ProviderForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				management.saveProvider(user, form);
				redirect.addFlashAttribute("savedKey", "signIn.saved.provider");
				return "redirect:/admin/sign-in";
			}
			catch (InvalidInput invalid) {
				FormErrors.report(invalid, result);
			}
			catch (OptimisticLockingFailureException otherAdministratorWasFirst) {
				model.addAttribute("conflict", true);
				model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + PROVIDER_FORM);
				model.asMap().remove(PROVIDER_FORM);
			}
		}
		return page(user, model);
	}

	@PostMapping("/second-factor")
	String secondFactor(CurrentUser user, @ModelAttribute(POLICY_FORM) SecondFactorPolicyForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(user, model);
		}
		management.requireSecondFactor(user, form.required());
		redirect.addFlashAttribute("savedKey", "signIn.saved.secondFactor." + form.required());
		return "redirect:/admin/sign-in";
	}

	private String page(CurrentUser user, Model model) {
		SignInSettingsManagement.Settings settings = management.settings(user);
		if (!model.containsAttribute(PROVIDER_FORM)) {
			model.addAttribute(PROVIDER_FORM, settings.provider().map(ProviderForm::of).orElseGet(ProviderForm::empty));
		}
		if (!model.containsAttribute(POLICY_FORM)) {
			model.addAttribute(POLICY_FORM, new SecondFactorPolicyForm(settings.secondFactorRequired()));
		}
		model.addAttribute("hasProvider", settings.provider().isPresent());
		model.addAttribute("redirectUri",
				ServletUriComponentsBuilder.fromCurrentContextPath()
					.path("/login/oauth2/code/" + settings.registrationId())
					.toUriString());
		return "identity/sign-in-settings";
	}

}
