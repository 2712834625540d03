package nl.regie.referral;

import java.util.UUID;

import jakarta.validation.Valid;

import nl.regie.identity.CurrentUser;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One referral: what was referred, the involvement register, the screening with the fit
 * rules and coordination check, and the decision. Each form posts back here and, when
 * something is wrong, the page is shown again with the message at the field.
 */
@Controller
class ReferralScreeningController {

	static final String VIEW = "referral/referral";

	private final ReferralDetailsQuery query;

	private final ScreeningManagement decisions;

	private final ReferrerMessageManagement referrerMessages;

	private final ReferralConsentManagement consent;

	ReferralScreeningController(ReferralDetailsQuery query, ScreeningManagement decisions,
			ReferrerMessageManagement referrerMessages, ReferralConsentManagement consent) {
		this.query = query;
		this.decisions = decisions;
		this.referrerMessages = referrerMessages;
		this.consent = consent;
	}

	@GetMapping("/referrals/{id}")
	String referral(CurrentUser user, @PathVariable UUID id, Model model) {
		ReferralDetails details = query.details(user, id);
		model.addAttribute("screening", details.screeningForm());
		model.addAttribute("involvement", InvolvementForm.empty());
		model.addAttribute("decision", new DecisionForm(details.version(), null, null, null, null, null, null));
		return page(user, details, model);
	}

	@PostMapping("/referrals/{id}/consent")
	String processConsent(CurrentUser user, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean consentToInformReferrer, RedirectAttributes redirect) {
		consent.record(user, id, consentToInformReferrer);
		redirect.addFlashAttribute("notice", "referral.consentRecorded");
		return "redirect:/referrals/" + id;
	}

	@PostMapping("/referrals/{id}/referrer-messages/{messageId}/sent")
	String markReferrerMessageSent(CurrentUser user, @PathVariable UUID id, @PathVariable UUID messageId,
			RedirectAttributes redirect) {
		try {
			referrerMessages.markSent(user, id, messageId);
			redirect.addFlashAttribute("notice", "referrerMessages.marked");
		}
		catch (StateConflict alreadySent) {
			redirect.addFlashAttribute("conflict", alreadySent.code());
		}
		return "redirect:/referrals/" + id;
	}

	@PostMapping("/referrals/{id}/screening")
	String processScreening(CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("screening") ScreeningForm screening, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return handle(user, id, result, model, redirect, "referral.screened",
				() -> decisions.screen(user, id, screening));
	}

	@PostMapping("/referrals/{id}/involvements")
	String processInvolvement(CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("involvement") InvolvementForm involvement, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return handle(user, id, result, model, redirect, "involvement.recorded",
				() -> decisions.recordInvolvement(user, id, involvement));
	}

	@PostMapping("/referrals/{id}/decision")
	String processDecision(CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("decision") DecisionForm decision, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return handle(user, id, result, model, redirect, "referral.decided",
				() -> decisions.decide(user, id, decision));
	}

	private String handle(CurrentUser user, UUID id, BindingResult result, Model model, RedirectAttributes redirect,
			String notice, Runnable action) {
		if (!result.hasErrors()) {
			try {
				action.run();
				redirect.addFlashAttribute("notice", notice);
				return "redirect:/referrals/" + id;
			}
			catch (InvalidInput invalid) {
				FormErrors.report(invalid, result);
			}
			catch (StateConflict conflict) {
				model.addAttribute("conflict", conflict.code());
			}
			catch (OptimisticLockingFailureException lostRace) {
				model.addAttribute("conflict", "referral.decidedMeanwhile");
			}
		}
		ReferralDetails details = query.details(user, id);
		if (!model.containsAttribute("screening")) {
			model.addAttribute("screening", details.screeningForm());
		}
		if (!model.containsAttribute("involvement")) {
			model.addAttribute("involvement", InvolvementForm.empty());
		}
		if (!model.containsAttribute("decision") || model.containsAttribute("conflict")) {
			model.addAttribute("decision", new DecisionForm(details.version(), null, null, null, null, null, null));
		}
		return page(user, details, model);
	}

	private String page(CurrentUser user, ReferralDetails details, Model model) {
		model.addAttribute("referral", details);
		model.addAttribute("referrerMessages", referrerMessages.of(user, details.id()));
		model.addAttribute("fitRules", FitRules.ALL);
		model.addAttribute("coordinationOutcomes", CoordinationOutcome.values());
		model.addAttribute("outcomes", DecisionOutcome.values());
		model.addAttribute("declineReasons", DeclineReason.values());
		model.addAttribute("handoverTargets", HandoverTarget.values());
		return VIEW;
	}

}
