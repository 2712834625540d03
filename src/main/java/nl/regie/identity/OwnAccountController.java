package nl.regie.identity;

import jakarta.servlet.http.HttpSession;

import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.web.FormErrors;
import nl.regie.platform.web.SavedMessage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Everyone's own account: their roles and team, and changing their own password (not for
 * an account that logs in through the municipality's provider: its password is kept
 * there).
 */
@Controller
class OwnAccountController {

	static final String FORM = "ownPasswordForm";

	private final AccountManagement management;

	OwnAccountController(AccountManagement management) {
		this.management = management;
	}

	@GetMapping("/account")
	String account(CurrentUser user, Model model) {
		model.addAttribute(FORM, OwnPasswordForm.empty());
		return page(user, model);
	}

	@PostMapping("/account/password")
	String changePassword(CurrentUser user, @ModelAttribute(FORM) OwnPasswordForm form, BindingResult result,
			HttpSession session, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				management.changeOwnPassword(user, form, session.getId());
				SavedMessage.flash(redirect, "ownAccount.passwordChanged", null);
				return "redirect:/account";
			}
			catch (InvalidInput invalid) {
				FormErrors.report(invalid, result);
			}
		}
		return page(user, model);
	}

	private String page(CurrentUser user, Model model) {
		model.addAttribute("account", management.ownAccount(user));
		model.addAttribute("throughProvider", management.signsInThroughProvider(user));
		return "identity/own-account";
	}

}
