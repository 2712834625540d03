package nl.regie.registration;

import java.util.UUID;

import nl.regie.identity.CurrentUser;
import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.web.SavedMessage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The household card, and writing down the help question in the household's words. */
@Controller
class HouseholdCardController {

	private final HouseholdCardQuery cards;

	HouseholdCardController(HouseholdCardQuery cards) {
		this.cards = cards;
	}

	@GetMapping("/cases/{caseId}/card")
	String card(CurrentUser user, @PathVariable UUID caseId, Model model) {
		model.addAttribute("card", cards.card(user, caseId));
		return "registration/card";
	}

	@PostMapping("/cases/{caseId}/card/help-question")
	String helpQuestion(CurrentUser user, @PathVariable UUID caseId,
			@RequestParam(required = false) String helpQuestion, RedirectAttributes redirect) {
		try {
			cards.writeHelpQuestion(user, caseId, helpQuestion);
			SavedMessage.flash(redirect, "card.helpQuestion.saved", null);
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("cardProblem", invalid.problems().get(0).code());
		}
		return "redirect:/cases/" + caseId + "/card";
	}

}
