package nl.regie.registration;

import java.time.LocalDate;
import java.util.UUID;

import nl.regie.identity.CurrentUser;
import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.StateConflict;
import nl.regie.platform.web.FormSubmission;
import nl.regie.platform.web.SavedMessage;

import org.springframework.format.annotation.DateTimeFormat;
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
 * The network map of a case's household: list, diagram, adding someone, someone leaving.
 */
@Controller
class NetworkController {

	private final NetworkMapManagement maps;

	NetworkController(NetworkMapManagement maps) {
		this.maps = maps;
	}

	@GetMapping("/cases/{caseId}/network")
	String network(CurrentUser user, @PathVariable UUID caseId, Model model) {
		model.addAttribute("networkPersonForm", NetworkPersonForm.empty());
		return page(user, caseId, model);
	}

	@PostMapping("/cases/{caseId}/network")
	String add(CurrentUser user, @PathVariable UUID caseId, @ModelAttribute("networkPersonForm") NetworkPersonForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return FormSubmission.of(binding, redirect)
			.handle(() -> maps.add(user, caseId, form), "network.added",
					() -> form.name() != null && !form.name().isBlank() ? form.name().strip()
							: form.organisation().strip(),
					"/cases/" + caseId + "/network", () -> page(user, caseId, model));
	}

	@PostMapping("/cases/{caseId}/network/{personId}/leaving")
	String leave(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID personId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			RedirectAttributes redirect) {
		try {
			maps.leave(user, caseId, personId, until);
			SavedMessage.flash(redirect, "network.left", null);
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("networkProblem", invalid.problems().get(0).code());
		}
		catch (StateConflict conflict) {
			redirect.addFlashAttribute("networkProblem", conflict.code());
		}
		return "redirect:/cases/" + caseId + "/network";
	}

	private String page(CurrentUser user, UUID caseId, Model model) {
		NetworkMapManagement.NetworkMap map = maps.map(user, caseId);
		model.addAttribute("map", map);
		model.addAttribute("diagram", NetworkDiagram.of(map.current()));
		model.addAttribute("kinds", NetworkKind.values());
		model.addAttribute("relations", NetworkRelation.values());
		return "registration/network";
	}

}
