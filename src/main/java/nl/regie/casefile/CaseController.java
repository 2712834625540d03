package nl.regie.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import nl.regie.identity.CurrentUser;
import nl.regie.identity.Role;
import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.StateConflict;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One case: its page with the forms of the daily work (outreach attempts, expectations, a
 * question for the team, roles), the quick contact note, and the closing checklist. Every
 * form posts back here; a refusal shows the page again with the message at the field, and
 * nothing is saved.
 */
@Controller
class CaseController {

	private final CaseDetailsQuery query;

	private final CaseWorkManagement work;

	private final CaseClosingManagement closing;

	private final CaseAssignmentManagement assignment;

	private final ClosingRules rules;

	private final ClosingLetters letters;

	private final EmergencyAccessManagement emergencyAccess;

	private final Clock clock;

	CaseController(CaseDetailsQuery query, CaseWorkManagement work, CaseClosingManagement closing,
			CaseAssignmentManagement assignment, ClosingRules rules, ClosingLetters letters,
			EmergencyAccessManagement emergencyAccess, Clock clock) {
		this.emergencyAccess = emergencyAccess;
		this.clock = clock;
		this.letters = letters;
		this.query = query;
		this.work = work;
		this.closing = closing;
		this.assignment = assignment;
		this.rules = rules;
	}

	@GetMapping("/cases/{id}")
	String caseFile(CurrentUser user, @PathVariable UUID id, Model model) {
		return page(user, id, model);
	}

	@GetMapping(value = "/cases/{id}/letter.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@ResponseBody
	ResponseEntity<byte[]> letter(CurrentUser user, @PathVariable UUID id) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"brief-afsluiting.pdf\"")
			.contentType(MediaType.APPLICATION_PDF)
			.body(letters.letter(user, id));
	}

	@GetMapping("/cases/{id}/contacts/new")
	String newContact(CurrentUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("contact", work.quickDefaults(user, id));
		return contactPage(user, id, model);
	}

	@PostMapping("/cases/{id}/contacts")
	String processContact(CurrentUser user, @PathVariable UUID id,
			@ModelAttribute("contact") ContactForms.Contact contact, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (act(result, model, () -> work.recordContact(user, id, contact))) {
			redirect.addFlashAttribute("notice", "contact.recorded");
			return "redirect:/cases/my";
		}
		return contactPage(user, id, model);
	}

	@PostMapping("/cases/{id}/attempts")
	String processAttempt(CurrentUser user, @PathVariable UUID id,
			@ModelAttribute("attempt") ContactForms.Attempt attempt, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return handle(user, id, result, model, redirect, "attempt.recorded", "attempt",
				() -> work.recordAttempt(user, id, attempt));
	}

	@PostMapping("/cases/{id}/expectations")
	String processExpectations(CurrentUser user, @PathVariable UUID id,
			@ModelAttribute("expectations") ContactForms.Expectations expectations, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return handle(user, id, result, model, redirect, "expectations.recorded", "expectations",
				() -> work.setExpectations(user, id, expectations));
	}

	@PostMapping("/cases/{id}/consultation-requests")
	String processConsultationRequest(CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) String question, Model model, RedirectAttributes redirect) {
		return handle(user, id, null, model, redirect, "consultation.requested", "consultation",
				() -> work.requestConsultation(user, id, question));
	}

	@PostMapping("/cases/{id}/roles")
	String processRoles(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) UUID caseManagerId,
			@RequestParam(required = false) UUID backupId, @RequestParam int version, Model model,
			RedirectAttributes redirect) {
		return handle(user, id, null, model, redirect, "roles.settled", "roles",
				() -> assignment.settleRoles(user, id, caseManagerId, backupId, version));
	}

	@GetMapping("/cases/{id}/closing")
	String closingForm(CurrentUser user, @PathVariable UUID id, Model model) {
		return closingPage(user, id, model);
	}

	@PostMapping("/cases/{id}/closing")
	String processClosing(CurrentUser user, @PathVariable UUID id, @ModelAttribute("closing") ClosingForms.Closing form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		boolean[] closed = { false };
		if (act(result, model, () -> closed[0] = closing.close(user, id, form))) {
			redirect.addFlashAttribute("notice", closed[0] ? "closing.closed" : "closing.toTeam");
			return "redirect:/cases/" + id;
		}
		return closingPage(user, id, model);
	}

	@PostMapping("/cases/{id}/closing/completion")
	String processCompletion(CurrentUser user, @PathVariable UUID id, @RequestParam int version, Model model,
			RedirectAttributes redirect) {
		return handle(user, id, null, model, redirect, "closing.closed", "completion",
				() -> closing.complete(user, id, version));
	}

	@PostMapping("/cases/{id}/closing/withdrawal")
	String processWithdrawal(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String reason,
			@RequestParam int version, Model model, RedirectAttributes redirect) {
		return handle(user, id, null, model, redirect, "closing.withdrawn", "withdrawal",
				() -> closing.withdraw(user, id, reason, version));
	}

	@PostMapping("/cases/{id}/closure-without-contact")
	String processWithoutContact(CurrentUser user, @PathVariable UUID id,
			@ModelAttribute("withoutContact") ClosingForms.WithoutContact form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return handle(user, id, result, model, redirect, "noContact.closed", "withoutContact",
				() -> closing.closeWithoutContact(user, id, form));
	}

	@PostMapping("/cases/{id}/scale-up")
	String processScaleUp(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String reason,
			@RequestParam int version, Model model, RedirectAttributes redirect) {
		return handle(user, id, null, model, redirect, "scaleUp.done", "scaleUp",
				() -> closing.scaleUp(user, id, reason, version));
	}

	@PostMapping("/cases/{id}/check-ins")
	String processCheckIn(CurrentUser user, @PathVariable UUID id,
			@ModelAttribute("checkIn") ClosingForms.CheckIn checkIn, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (act(result, model, () -> closing.checkIn(user, id, checkIn))) {
			redirect.addFlashAttribute("notice", "checkIn.recorded");
			return "redirect:/cases/my";
		}
		return page(user, id, model);
	}

	@PostMapping("/cases/{id}/reopening")
	String processReopening(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String reason,
			@RequestParam int version, Model model, RedirectAttributes redirect) {
		return handle(user, id, null, model, redirect, "case.reopened", "reopen",
				() -> closing.reopen(user, id, reason, version));
	}

	private String handle(CurrentUser user, UUID id, BindingResult result, Model model, RedirectAttributes redirect,
			String notice, String form, Runnable action) {
		if (act(result, model, action)) {
			redirect.addFlashAttribute("notice", notice);
			return "redirect:/cases/" + id;
		}
		model.addAttribute("failedForm", form);
		return page(user, id, model);
	}

	/**
	 * Runs the action unless the form could not be read; refusals go to the model as
	 * field errors ({@code errors}) or a conflict.
	 * @return whether it was done
	 */
	static boolean act(BindingResult result, Model model, Runnable action) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (result != null && result.hasErrors()) {
			result.getFieldErrors().forEach(error -> errors.putIfAbsent(error.getField(), "typeMismatch"));
		}
		else {
			try {
				action.run();
				return true;
			}
			catch (InvalidInput invalid) {
				invalid.problems().forEach(problem -> errors.putIfAbsent(problem.field(), problem.code()));
			}
			catch (StateConflict conflict) {
				model.addAttribute("conflict", conflict.code());
			}
			catch (OptimisticLockingFailureException lostRace) {
				model.addAttribute("conflict", "case.changedMeanwhile");
			}
		}
		model.addAttribute("errors", errors);
		return false;
	}

	private String page(CurrentUser user, UUID id, Model model) {
		model.addAttribute("caseFile", query.view(user, id));
		model.addAttribute("emergency", emergencyAccess.standing(user, id));
		model.addAttribute("channels", ContactForms.Channel.values());
		model.addAttribute("attemptOutcomes", ContactForms.AttemptOutcome.values());
		model.addAttribute("fates", ContactForms.ExistingHelpFate.values());
		model.addAttribute("checkInResults", ClosingForms.CheckInResult.values());
		model.addAttribute("leader", user.has(Role.TEAM_LEADER));
		model.addAttribute("today", LocalDate.now(clock));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "casefile/case";
	}

	private String contactPage(CurrentUser user, UUID id, Model model) {
		model.addAttribute("caseFile", query.view(user, id));
		model.addAttribute("contactTypes", ContactForms.ContactType.values());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "casefile/contact";
	}

	private String closingPage(CurrentUser user, UUID id, Model model) {
		model.addAttribute("caseFile", query.view(user, id));
		model.addAttribute("rules", rules.all());
		model.addAttribute("stepOutAnswers", ClosingFacts.StepOutAnswer.values());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "casefile/closing";
	}

}
