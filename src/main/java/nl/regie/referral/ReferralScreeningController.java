package nl.regie.referral;

import java.util.Arrays;
import java.util.List;
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

	static final String EMAIL_FORM = "emailForm";

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
		model.addAttribute(EMAIL_FORM, new EmailForm(null));
		return page(user, details, model);
	}

	@PostMapping("/referrals/{id}/consent")
	String processConsent(CurrentUser user, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean consentToInformReferrer, RedirectAttributes redirect) {
		consent.record(user, id, consentToInformReferrer);
		redirect.addFlashAttribute("notice", "referral.consentRecorded");
		return "redirect:/referrals/" + id;
	}

	/** The team printed or copied the message and sent it itself. */
	@PostMapping("/referrals/{id}/referrer-messages/{messageId}/sent")
	String markReferrerMessageSent(CurrentUser user, @PathVariable UUID id, @PathVariable UUID messageId,
			@RequestParam(defaultValue = "COPY") SendMethod how, RedirectAttributes redirect) {
		try {
			referrerMessages.markSent(user, id, messageId, how == SendMethod.EMAIL ? SendMethod.COPY : how);
			redirect.addFlashAttribute("notice", "referrerMessages.marked." + how);
		}
		catch (StateConflict alreadySent) {
			redirect.addFlashAttribute("conflict", alreadySent.code());
		}
		return "redirect:/referrals/" + id + "#referrer-messages";
	}

	/** Regie e-mails the message through the municipality's SMTP server. */
	@PostMapping("/referrals/{id}/referrer-messages/{messageId}/email")
	String emailReferrerMessage(CurrentUser user, @PathVariable UUID id, @PathVariable UUID messageId,
			@ModelAttribute(EMAIL_FORM) EmailForm email, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			referrerMessages.email(user, id, messageId, email.emailAddress());
			redirect.addFlashAttribute("notice", "referrerMessages.marked.EMAIL");
			return "redirect:/referrals/" + id + "#referrer-messages";
		}
		catch (InvalidInput invalid) {
			FormErrors.report(invalid, result);
			model.addAttribute("emailFormFor", messageId);
		}
		catch (StateConflict alreadySent) {
			model.addAttribute("conflict", alreadySent.code());
		}
		return handle(user, id, result, model, redirect, null, () -> {
		});
	}

	/** The message as a letter on paper: the page prints only the letter. */
	@GetMapping("/referrals/{id}/referrer-messages/{messageId}/print")
	String printReferrerMessage(CurrentUser user, @PathVariable UUID id, @PathVariable UUID messageId, Model model) {
		model.addAttribute("referralId", id);
		model.addAttribute("message", referrerMessages.one(user, id, messageId));
		return "referral/letter";
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
		if (!result.hasErrors() && notice != null) {
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
		if (!model.containsAttribute(EMAIL_FORM)) {
			model.addAttribute(EMAIL_FORM, new EmailForm(null));
		}
		return page(user, details, model);
	}

	/**
	 * The outcomes the screening leaves open: hand over only when children's safety is at
	 * stake (and then not accept), the waitlist only for a referral not on it yet.
	 */
	private static List<DecisionOutcome> outcomesFor(ReferralDetails details) {
		boolean childSafety = details.screening() != null && details.screening().childSafetyConcern();
		return Arrays.stream(DecisionOutcome.values())
			.filter(outcome -> outcome != DecisionOutcome.HAND_OVER || childSafety)
			.filter(outcome -> outcome != DecisionOutcome.ACCEPT || !childSafety)
			.filter(outcome -> outcome != DecisionOutcome.WAITLIST || details.undecided())
			.toList();
	}

	private String page(CurrentUser user, ReferralDetails details, Model model) {
		model.addAttribute("referral", details);
		model.addAttribute("referrerMessages", referrerMessages.of(user, details.id()));
		model.addAttribute("canEmail", referrerMessages.canEmail(user));
		model.addAttribute("referrerEmail",
				details.referrerContact() != null
						&& ReferrerMessageManagement.EMAIL.matcher(details.referrerContact().strip()).matches()
								? details.referrerContact().strip() : null);
		model.addAttribute("fitRules", FitRules.ALL);
		model.addAttribute("coordinationOutcomes", CoordinationOutcome.values());
		model.addAttribute("outcomes", outcomesFor(details));
		model.addAttribute("declineReasons", DeclineReason.values());
		model.addAttribute("handoverTargets", HandoverTarget.values());
		return VIEW;
	}

}
