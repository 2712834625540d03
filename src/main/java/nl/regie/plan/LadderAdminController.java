package nl.regie.plan;

import java.util.List;
import java.util.Objects;

import nl.regie.identity.CurrentUser;
import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.StateConflict;
import nl.regie.platform.web.SavedMessage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The municipality's ladder of action owners and whether the plan asks what the household
 * gives back (DESIGN §8), set by its functional administrator.
 */
@Controller
class LadderAdminController {

	private final LadderSettings ladders;

	LadderAdminController(LadderSettings ladders) {
		this.ladders = ladders;
	}

	/**
	 * @param rungs the rungs in order; an empty place is a rung the municipality does not
	 * use
	 */
	record LadderForm(int version, List<OwnerRung> rungs, boolean reciprocity) {

		LadderForm {
			rungs = rungs == null ? List.of() : rungs;
		}

		static LadderForm of(LadderSettings.Ladder ladder) {
			return new LadderForm(ladder.version(), ladder.rungs(), ladder.reciprocity());
		}

	}

	@GetMapping("/admin/plan-ladder")
	String ladder(CurrentUser user, Model model) {
		model.addAttribute("ladderForm", LadderForm.of(ladders.of(user.municipalityId())));
		return page(model);
	}

	@PostMapping("/admin/plan-ladder")
	String save(CurrentUser user, @ModelAttribute("ladderForm") LadderForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				ladders.save(user.municipalityId(), form.rungs().stream().filter(Objects::nonNull).toList(),
						form.reciprocity(), form.version());
				SavedMessage.flash(redirect, "plan.ladder.saved", null);
				return "redirect:/admin/plan-ladder";
			}
			catch (InvalidInput invalid) {
				binding.reject(invalid.problems().get(0).code());
			}
			catch (StateConflict conflict) {
				binding.reject(conflict.code());
			}
		}
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("allRungs", OwnerRung.values());
		return "plan/ladder";
	}

	/** Before any form is read: the functional administrator only. */
	@ControllerAdvice(assignableTypes = LadderAdminController.class)
	static class Guard {

		private final PlanAccessPolicy access;

		Guard(PlanAccessPolicy access) {
			this.access = access;
		}

		@ModelAttribute
		void requireAdministrator(CurrentUser user) {
			access.ladder(user).orRefuse();
		}

	}

}
