package nl.regie.casefile;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import nl.regie.casefile.EmergencyAccess.Verdict;
import nl.regie.identity.CurrentUser;
import nl.regie.identity.Role;
import nl.regie.platform.domain.StateConflict;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Break-the-glass on screen: the form that asks why before a file opens outside one's
 * rights, and the review list of the team leader and the privacy officer.
 */
@Controller
class EmergencyAccessController {

	static final String REVIEWS = "/emergency-access";

	private final EmergencyAccessManagement management;

	private final Clock clock;

	EmergencyAccessController(EmergencyAccessManagement management, Clock clock) {
		this.management = management;
		this.clock = clock;
	}

	@GetMapping("/cases/{id}/emergency-access")
	String form(CurrentUser user, @PathVariable("id") UUID caseId, Model model) {
		try {
			management.askable(user, caseId);
		}
		catch (StateConflict notNeeded) {
			return "redirect:/cases/" + caseId;
		}
		return formPage(caseId, "", model);
	}

	@PostMapping("/cases/{id}/emergency-access")
	String open(CurrentUser user, @PathVariable("id") UUID caseId, @RequestParam(required = false) String reason,
			Model model, RedirectAttributes redirect) {
		if (CaseController.act(null, model, () -> management.open(user, caseId, reason))) {
			redirect.addFlashAttribute("notice", "emergencyAccess.opened");
			return "redirect:/cases/" + caseId;
		}
		return formPage(caseId, reason, model);
	}

	@GetMapping(REVIEWS)
	String reviews(CurrentUser user, Model model) {
		model.addAttribute("accesses", management.toReview(user));
		model.addAttribute("reviewer", user.has(Role.PRIVACY_OFFICER) ? EmergencyAccess.Reviewer.PRIVACY_OFFICER
				: EmergencyAccess.Reviewer.TEAM_LEADER);
		model.addAttribute("verdicts", Verdict.values());
		model.addAttribute("now", clock.instant());
		model.addAttribute("zone", clock.getZone());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "casefile/emergency-reviews";
	}

	@PostMapping(REVIEWS + "/{accessId}/review")
	String review(CurrentUser user, @PathVariable UUID accessId, @RequestParam(required = false) Verdict verdict,
			@RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
		if (CaseController.act(null, model, () -> management.review(user, accessId, verdict, note))) {
			redirect.addFlashAttribute("notice", "emergencyAccess.reviewed");
			return "redirect:" + REVIEWS;
		}
		model.addAttribute("failedAccess", accessId);
		model.addAttribute("failedNote", note);
		return reviews(user, model);
	}

	private String formPage(UUID caseId, String reason, Model model) {
		model.addAttribute("caseId", caseId);
		model.addAttribute("reason", reason);
		model.addAttribute("hours", management.duration().toHours());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "casefile/emergency-access";
	}

}
