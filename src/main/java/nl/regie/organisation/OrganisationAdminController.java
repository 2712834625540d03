package nl.regie.organisation;

import java.util.function.Supplier;

import nl.regie.identity.CurrentUser;
import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.web.FormErrors;
import nl.regie.platform.web.SavedMessage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's overview: area levels, the area tree and the teams, with the forms
 * that add to them.
 */
@Controller
@RequestMapping("/admin")
class OrganisationAdminController {

	private final OrganisationManagement management;

	OrganisationAdminController(OrganisationManagement management) {
		this.management = management;
	}

	@GetMapping
	String overview(CurrentUser user, Model model) {
		return page(user, model);
	}

	@PostMapping("/area-levels")
	String addAreaLevel(CurrentUser user, @ModelAttribute("levelForm") AreaLevelForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return save(user, result, model, () -> {
			AreaLevel level = management.addAreaLevel(user, form);
			SavedMessage.flash(redirect, "admin.saved.areaLevel", level.name());
			return "redirect:/admin";
		});
	}

	@PostMapping("/areas")
	String addArea(CurrentUser user, @ModelAttribute("areaForm") AreaForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return save(user, result, model, () -> {
			Area area = management.addArea(user, form);
			SavedMessage.flash(redirect, "admin.saved.area", area.name());
			return "redirect:/admin";
		});
	}

	@PostMapping("/teams")
	String createTeam(CurrentUser user, @ModelAttribute("teamForm") TeamForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return save(user, result, model, () -> {
			Team team = management.createTeam(user, form);
			SavedMessage.flash(redirect, "team.saved.created", team.name());
			return "redirect:/admin/teams/" + team.id();
		});
	}

	/**
	 * Shows the overview again with the refused form's messages, or follows the redirect.
	 */
	private String save(CurrentUser user, BindingResult form, Model model, Supplier<String> action) {
		if (!form.hasErrors()) {
			try {
				return action.get();
			}
			catch (InvalidInput invalid) {
				FormErrors.report(invalid, form);
			}
		}
		return page(user, model);
	}

	private String page(CurrentUser user, Model model) {
		model.addAttribute("overview", management.overview(user));
		addIfAbsent(model, "levelForm", AreaLevelForm.empty());
		addIfAbsent(model, "areaForm", AreaForm.empty());
		addIfAbsent(model, "teamForm", TeamForm.empty());
		return "organisation/admin";
	}

	private static void addIfAbsent(Model model, String name, Object form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form);
		}
	}

}
