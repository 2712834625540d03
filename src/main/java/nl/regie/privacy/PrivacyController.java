package nl.regie.privacy;

import jakarta.validation.Valid;

import nl.regie.identity.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The privacy officer's screen: the audit log by household, user and period, the check of
 * its chains, and Regie's register of processing activities.
 */
@Controller
class PrivacyController {

	static final String VIEW = "privacy/audit";

	private final AuditTrailQuery trail;

	private final AuditVerification verification;

	private final ProcessingActivities activities;

	PrivacyController(AuditTrailQuery trail, AuditVerification verification, ProcessingActivities activities) {
		this.trail = trail;
		this.verification = verification;
		this.activities = activities;
	}

	/** Before any form is read: only the privacy officer gets past. */
	@ModelAttribute
	void requirePrivacyOfficer(CurrentUser user) {
		PrivacyAccessPolicy.readAuditLog(user).orRefuse();
	}

	@GetMapping("/privacy")
	String audit(CurrentUser user, Model model) {
		model.addAttribute("filter", AuditFilterForm.empty());
		model.addAttribute("trail", trail.page(user, AuditFilterForm.empty().toFilter(), 0));
		return page(model);
	}

	@PostMapping("/privacy")
	String search(CurrentUser user, @Valid @ModelAttribute("filter") AuditFilterForm filter, BindingResult result,
			Model model) {
		if (!result.hasErrors()) {
			model.addAttribute("trail", trail.page(user, filter.toFilter(), filter.pageOrFirst()));
		}
		return page(model);
	}

	@PostMapping("/privacy/verification")
	String verify(Model model) {
		model.addAttribute("filter", AuditFilterForm.empty());
		model.addAttribute("verification", verification.verify());
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("activities", activities.all());
		return VIEW;
	}

}
