package nl.regie.casefile;

import java.util.Map;
import java.util.UUID;

import nl.regie.assessment.LifeDomains;
import nl.regie.identity.CurrentUser;

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
 * Assigning a case (at the meeting table, reached from its agenda item), reassigning it,
 * and asking an outer-ring specialist in.
 */
@Controller
class AssignmentController {

	private final AssignmentQuery query;

	private final CaseAssignmentManagement assignment;

	private final LifeDomains lifeDomains;

	AssignmentController(AssignmentQuery query, CaseAssignmentManagement assignment, LifeDomains lifeDomains) {
		this.query = query;
		this.assignment = assignment;
		this.lifeDomains = lifeDomains;
	}

	@GetMapping("/cases/{id}/assignment")
	String assignment(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) UUID meeting,
			@RequestParam(required = false) String item, Model model) {
		return page(user, id, meeting, item, model);
	}

	@PostMapping("/cases/{id}/assignment")
	String processAssignment(CurrentUser user, @PathVariable UUID id, @ModelAttribute("assignment") AssignmentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (CaseController.act(result, model, () -> assignment.assign(user, id, form))) {
			redirect.addFlashAttribute("notice", "assignment.done");
			return form.meetingId() != null ? "redirect:/meetings/" + form.meetingId() : "redirect:/cases/" + id;
		}
		return page(user, id, form.meetingId(), form.itemKey(), model);
	}

	@PostMapping("/cases/{id}/reassignment")
	String processReassignment(CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) UUID caseManagerId, @RequestParam(required = false) String reason,
			@RequestParam int version, Model model, RedirectAttributes redirect) {
		if (CaseController.act(null, model, () -> assignment.reassign(user, id, caseManagerId, reason, version))) {
			redirect.addFlashAttribute("notice", "reassign.done");
			return "redirect:/cases/" + id;
		}
		return backWithErrors(id, "reassign", model, redirect);
	}

	@PostMapping("/cases/{id}/consultants")
	String processConsultant(CurrentUser user, @PathVariable UUID id, @ModelAttribute("consultant") ConsultantForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (CaseController.act(result, model, () -> assignment.askIn(user, id, form))) {
			redirect.addFlashAttribute("notice", "consultant.added");
			return "redirect:/cases/" + id;
		}
		return backWithErrors(id, "consultant", model, redirect);
	}

	/** The case page shows the refusal at the form it came from. */
	private static String backWithErrors(UUID id, String form, Model model, RedirectAttributes redirect) {
		redirect.addFlashAttribute("errors", model.getAttribute("errors"));
		redirect.addFlashAttribute("conflict", model.getAttribute("conflict"));
		redirect.addFlashAttribute("failedForm", form);
		return "redirect:/cases/" + id;
	}

	private String page(CurrentUser user, UUID id, UUID meeting, String item, Model model) {
		model.addAttribute("view", query.of(user, id));
		model.addAttribute("meetingId", meeting);
		model.addAttribute("itemKey", item);
		model.addAttribute("lifeDomains", lifeDomains);
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "casefile/assignment";
	}

}
