package nl.regie.identity;

import java.util.UUID;

import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.StateConflict;
import nl.regie.platform.web.FormErrors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The municipality's accounts for its functional administrators: list, create, disable or
 * enable, and set a new password.
 */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

	private static final String ACCOUNT_FORM = "accountForm";

	private static final String PASSWORD_FORM = "passwordForm";

	private static final String STATUS_FORM = "statusForm";

	private static final String PROVIDER_FORM = "providerForm";

	private final AccountManagement management;

	AccountAdminController(AccountManagement management) {
		this.management = management;
	}

	@GetMapping
	String accounts(CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("accounts", management.page(user, page));
		return "identity/accounts";
	}

	@GetMapping("/new")
	String newAccount(CurrentUser user, Model model) {
		model.addAttribute(ACCOUNT_FORM, NewAccount.empty());
		return newAccountPage(user, model);
	}

	@PostMapping
	String create(CurrentUser user, @ModelAttribute(ACCOUNT_FORM) NewAccount form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Account account = management.create(user, form);
				saved(redirect, "account.saved.created", account.username());
				return "redirect:/admin/accounts/" + account.id();
			}
			catch (InvalidInput invalid) {
				FormErrors.report(invalid, result);
			}
		}
		return newAccountPage(user, model);
	}

	@GetMapping("/{accountId}")
	String account(CurrentUser user, @PathVariable UUID accountId, Model model) {
		return accountPage(user, accountId, model);
	}

	@PostMapping("/{accountId}/status")
	String changeStatus(CurrentUser user, @PathVariable UUID accountId, @ModelAttribute(STATUS_FORM) StatusForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return save(user, accountId, result, model, () -> {
			Account account = management.changeStatus(user, accountId, form);
			saved(redirect, account.enabled() ? "account.saved.enabled" : "account.saved.disabled", account.username());
		});
	}

	@PostMapping("/{accountId}/password")
	String resetPassword(CurrentUser user, @PathVariable UUID accountId,
			@ModelAttribute(PASSWORD_FORM) PasswordForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return save(user, accountId, result, model, () -> {
			Account account = management.resetPassword(user, accountId, form);
			saved(redirect, "account.saved.password", account.username());
		});
	}

	@PostMapping("/{accountId}/provider-username")
	String prepareForProvider(CurrentUser user, @PathVariable UUID accountId,
			@ModelAttribute(PROVIDER_FORM) ProviderUsernameForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return save(user, accountId, result, model, () -> {
			Account account = management.prepareForProvider(user, accountId, form);
			saved(redirect, "account.saved.providerUsername", account.username());
		});
	}

	@PostMapping("/{accountId}/second-factor/reset")
	String resetSecondFactor(CurrentUser user, @PathVariable UUID accountId, RedirectAttributes redirect) {
		Account account = management.resetSecondFactor(user, accountId);
		saved(redirect, "account.saved.secondFactorReset", account.username());
		return "redirect:/admin/accounts/" + accountId;
	}

	/**
	 * Follows the redirect, or shows the account again with the reason it was refused.
	 */
	private String save(CurrentUser user, UUID accountId, BindingResult form, Model model, Runnable change) {
		if (!form.hasErrors()) {
			try {
				change.run();
				return "redirect:/admin/accounts/" + accountId;
			}
			catch (InvalidInput invalid) {
				FormErrors.report(invalid, form);
			}
			catch (StateConflict refused) {
				form.reject(refused.code());
			}
			catch (OptimisticLockingFailureException otherAdministratorWasFirst) {
				// The page is shown with the account as it is now; nothing of this form
				// was saved.
				model.addAttribute("conflict", true);
				model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + form.getObjectName());
				model.asMap().remove(form.getObjectName());
			}
		}
		return accountPage(user, accountId, model);
	}

	private String accountPage(CurrentUser user, UUID accountId, Model model) {
		AccountDetail detail = management.account(user, accountId);
		model.addAttribute("detail", detail);
		if (!model.containsAttribute(STATUS_FORM)) {
			model.addAttribute(STATUS_FORM, new StatusForm(!detail.account().enabled(), detail.version()));
		}
		if (!model.containsAttribute(PROVIDER_FORM)) {
			model.addAttribute(PROVIDER_FORM,
					new ProviderUsernameForm(detail.providerUsername() == null ? "" : detail.providerUsername()));
		}
		if (!model.containsAttribute(PASSWORD_FORM)) {
			model.addAttribute(PASSWORD_FORM, new PasswordForm("", detail.version()));
		}
		return "identity/account";
	}

	private String newAccountPage(CurrentUser user, Model model) {
		model.addAttribute("teams", management.teamChoices(user));
		model.addAttribute("roles", Role.values());
		return "identity/account-new";
	}

	private static void saved(RedirectAttributes redirect, String messageKey, String argument) {
		redirect.addFlashAttribute("savedKey", messageKey);
		redirect.addFlashAttribute("savedArgument", argument);
	}

}
