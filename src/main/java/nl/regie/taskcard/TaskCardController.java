package nl.regie.taskcard;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import nl.regie.identity.CurrentUser;
import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.StateConflict;

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
 * Task cards on screen: the case's cards with the form to make one (for its workers), and
 * the volunteer's own cards.
 */
@Controller
class TaskCardController {

	static final String CASE_CARDS = "/cases/{caseId}/task-cards";

	static final String MINE = "/task-cards";

	private final TaskCardManagement management;

	TaskCardController(TaskCardManagement management) {
		this.management = management;
	}

	/**
	 * @param action an action of the plan the new card starts from, when the case worker
	 * came from the plan
	 */
	@GetMapping(CASE_CARDS)
	String caseCards(CurrentUser user, @PathVariable UUID caseId, @RequestParam(required = false) UUID action,
			Model model) {
		if (action != null) {
			management.fromPlan(user, caseId, action)
				.ifPresentOrElse(draft -> model.addAttribute("card", draft),
						() -> model.addAttribute("conflict", "taskCard.planAction.notOpen"));
		}
		return casePage(user, caseId, model);
	}

	@PostMapping(CASE_CARDS)
	String make(CurrentUser user, @PathVariable UUID caseId, @ModelAttribute("card") TaskCardDraft draft,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (binding.hasErrors()) {
			binding.getFieldErrors().forEach(error -> errors.putIfAbsent(error.getField(), "taskCard.typeMismatch"));
		}
		else {
			try {
				management.make(user, caseId, draft);
				redirect.addFlashAttribute("notice", "taskCard.made");
				return "redirect:/cases/" + caseId + "/task-cards";
			}
			catch (InvalidInput invalid) {
				invalid.problems().forEach(problem -> errors.putIfAbsent(problem.field(), problem.code()));
			}
		}
		model.addAttribute("errors", errors);
		return casePage(user, caseId, model);
	}

	@PostMapping(CASE_CARDS + "/{cardId}/revocation")
	String revoke(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID cardId, RedirectAttributes redirect) {
		try {
			management.revoke(user, caseId, cardId);
			redirect.addFlashAttribute("notice", "taskCard.revoked");
		}
		catch (StateConflict revokedAlready) {
			redirect.addFlashAttribute("conflict", revokedAlready.code());
		}
		return "redirect:/cases/" + caseId + "/task-cards";
	}

	@GetMapping(MINE)
	String mine(CurrentUser user, Model model) {
		model.addAttribute("cards", management.mine(user));
		return "taskcard/mine";
	}

	@GetMapping(MINE + "/{cardId}")
	String card(CurrentUser user, @PathVariable UUID cardId, Model model) {
		model.addAttribute("card", management.mine(user, cardId));
		return "taskcard/card";
	}

	private String casePage(CurrentUser user, UUID caseId, Model model) {
		model.addAttribute("record", management.ofCase(user, caseId));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		if (!model.containsAttribute("card")) {
			model.addAttribute("card", new TaskCardDraft(null, null, null, null, null, null, null, null, null));
		}
		return "taskcard/case-cards";
	}

}
