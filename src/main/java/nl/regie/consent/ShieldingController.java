package nl.regie.consent;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import nl.regie.consent.ShieldingManagement.ShieldingDraft;
import nl.regie.household.Shielding;
import nl.regie.identity.CurrentUser;

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
 * Shielding inside the household on one screen: who is shielded from the other members
 * since when and why, shielding another, lifting one. A refusal shows the page again with
 * the message at its field; nothing is saved.
 */
@Controller
class ShieldingController {

	static final String PAGE = "/cases/{caseId}/shielding";

	private final ShieldingManagement management;

	ShieldingController(ShieldingManagement management) {
		this.management = management;
	}

	@GetMapping(PAGE)
	String shielding(CurrentUser user, @PathVariable UUID caseId, Model model) {
		return page(user, caseId, model);
	}

	@PostMapping(PAGE)
	String shield(CurrentUser user, @PathVariable UUID caseId, @ModelAttribute("draft") ShieldingDraft draft,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return handle(user, caseId, "shield", binding, model, redirect, "shielding.recorded",
				() -> management.shield(user, caseId, draft));
	}

	@PostMapping(PAGE + "/{shieldingId}/lifting")
	String lift(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID shieldingId,
			@RequestParam(required = false) Integer version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate liftedOn,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("failedShielding", shieldingId);
		return handle(user, caseId, "lift", null, model, redirect, "shielding.lifted",
				() -> management.lift(user, caseId, shieldingId, version == null ? -1 : version, liftedOn));
	}

	private String handle(CurrentUser user, UUID caseId, String form, BindingResult binding, Model model,
			RedirectAttributes redirect, String notice, Runnable action) {
		return new ConsentController.FormSubmission(form, "shielding.typeMismatch", notice,
				"/cases/" + caseId + "/shielding")
			.handle(binding, model, redirect, action, () -> page(user, caseId, model));
	}

	private String page(CurrentUser user, UUID caseId, Model model) {
		model.addAttribute("record", management.view(user, caseId));
		model.addAttribute("reasons", Shielding.Reason.values());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		if (!model.containsAttribute("draft")) {
			model.addAttribute("draft", new ShieldingDraft(null, null, null, null));
		}
		return "consent/shielding";
	}

}
