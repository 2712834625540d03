package nl.regie.privacy;

import java.util.Locale;

import jakarta.validation.Valid;

import nl.regie.identity.CurrentUser;
import nl.regie.platform.domain.InvalidInput;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

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

	private final ReadersLetters letters;

	PrivacyController(AuditTrailQuery trail, AuditVerification verification, ProcessingActivities activities,
			ReadersLetters letters) {
		this.trail = trail;
		this.verification = verification;
		this.activities = activities;
		this.letters = letters;
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

	/**
	 * The letter as a PDF; a refusal (the recipient may not have this member's letter) or
	 * an unknown BSN shows the page again with the message at its field.
	 */
	@PostMapping("/privacy/readers-letter")
	ModelAndView readersLetter(CurrentUser user, @Valid @ModelAttribute("letter") ReadersLetterForm form,
			BindingResult result, Model model, Locale locale) {
		if (!result.hasErrors()) {
			try {
				ReadersLetters.Outcome outcome = letters.letter(user, form, locale);
				if (outcome instanceof ReadersLetters.Letter letter) {
					return new ModelAndView(pdf(letter.pdf()));
				}
				result.rejectValue("recipientBsn", ((ReadersLetters.Refused) outcome).reason());
			}
			catch (InvalidInput invalid) {
				invalid.problems().forEach(problem -> result.rejectValue(problem.field(), problem.code()));
			}
		}
		model.addAttribute("filter", AuditFilterForm.empty());
		return new ModelAndView(page(model));
	}

	/** The PDF as the answer itself, so a refusal can still show the page. */
	private static View pdf(byte[] document) {
		return (model, request, response) -> {
			response.setContentType(MediaType.APPLICATION_PDF_VALUE);
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("inzage.pdf").build().toString());
			response.setContentLength(document.length);
			response.getOutputStream().write(document);
		};
	}

	private String page(Model model) {
		model.addAttribute("activities", activities.all());
		if (!model.containsAttribute("letter")) {
			model.addAttribute("letter", ReadersLetterForm.empty());
		}
		return VIEW;
	}

}
