package nl.regie.consent;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import nl.regie.identity.CurrentUser;
import nl.regie.platform.access.LegalBasis;
import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.StateConflict;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case's consents and sharing on one screen: what each member consented to and until
 * when, withdrawing it, and recording what left the team on which basis. A refusal shows
 * the page again with the message at the form's fields; nothing is saved.
 */
@Controller
class ConsentController {

	static final String PAGE = "/cases/{caseId}/consents";

	private final ConsentManagement management;

	ConsentController(ConsentManagement management) {
		this.management = management;
	}

	@GetMapping(PAGE)
	String consents(CurrentUser user, @PathVariable UUID caseId, Model model) {
		return page(user, caseId, model);
	}

	@PostMapping(PAGE)
	String give(CurrentUser user, @PathVariable UUID caseId, @ModelAttribute("consent") ConsentDraft draft,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return handle(user, caseId, "consent", binding, model, redirect, "consent.recorded",
				() -> management.give(user, caseId, draft));
	}

	@PostMapping(PAGE + "/{consentId}/withdrawal")
	String withdraw(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID consentId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate withdrawnOn,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("failedConsent", consentId);
		return handle(user, caseId, "withdrawal", null, model, redirect, "consent.withdrawn",
				() -> management.withdraw(user, caseId, consentId, withdrawnOn));
	}

	@PostMapping("/cases/{caseId}/sharing-acts")
	String share(CurrentUser user, @PathVariable UUID caseId, @ModelAttribute("sharing") SharingDraft draft,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return handle(user, caseId, "sharing", binding, model, redirect, "sharing.recorded",
				() -> management.share(user, caseId, draft));
	}

	private String handle(CurrentUser user, UUID caseId, String form, BindingResult binding, Model model,
			RedirectAttributes redirect, String notice, Runnable action) {
		return new FormSubmission(form, "consent.typeMismatch", notice, "/cases/" + caseId + "/consents")
			.handle(binding, model, redirect, action, () -> page(user, caseId, model));
	}

	private String page(CurrentUser user, UUID caseId, Model model) {
		model.addAttribute("record", management.view(user, caseId));
		model.addAttribute("purposes", SharingPurpose.values());
		model.addAttribute("bases", LegalBasis.values());
		model.addAttribute("ways", Consent.GivenHow.values());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		if (!model.containsAttribute("consent")) {
			model.addAttribute("consent", new ConsentDraft(null, null, null, null, null, null, null, null, null));
		}
		if (!model.containsAttribute("sharing")) {
			model.addAttribute("sharing", new SharingDraft(null, null, null, null, null, null));
		}
		return "consent/consents";
	}

	/**
	 * How the module's screens answer a posted form: done, back to the page with a
	 * notice; refused, the same page again with each message at its field (or the
	 * conflict on top), nothing saved. One place, so the consent and shielding screens
	 * cannot drift apart.
	 *
	 * @param form which of the page's forms was posted, so only its fields show the
	 * errors
	 * @param typeMismatch the message key for a value that could not be read at all
	 */
	record FormSubmission(String form, String typeMismatch, String notice, String done) {

		String handle(BindingResult binding, Model model, RedirectAttributes redirect, Runnable action,
				Supplier<String> page) {
			Map<String, String> errors = new LinkedHashMap<>();
			if (binding != null && binding.hasErrors()) {
				binding.getFieldErrors().forEach(error -> errors.putIfAbsent(error.getField(), typeMismatch));
			}
			else {
				try {
					action.run();
					redirect.addFlashAttribute("notice", notice);
					return "redirect:" + done;
				}
				catch (InvalidInput invalid) {
					invalid.problems().forEach(problem -> errors.putIfAbsent(problem.field(), problem.code()));
				}
				catch (StateConflict conflict) {
					model.addAttribute("conflict", conflict.code());
				}
			}
			model.addAttribute("failedForm", form);
			model.addAttribute("errors", errors);
			return page.get();
		}

	}

}
