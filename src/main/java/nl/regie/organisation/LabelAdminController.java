package nl.regie.organisation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.regie.identity.CurrentUser;
import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.InvalidInput.FieldProblem;
import nl.regie.platform.web.SavedMessage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The municipality's own words for roles and terms.
 */
@Controller
@RequestMapping("/admin/labels")
class LabelAdminController {

	private final LabelManagement management;

	LabelAdminController(LabelManagement management) {
		this.management = management;
	}

	@GetMapping
	String labels(CurrentUser user, Model model) {
		List<LabelRow> rows = management.labels(user);
		model.addAttribute("labelForm", new LabelForm(own(rows, LabelRow::ownDutch), own(rows, LabelRow::ownEnglish)));
		model.addAttribute("rows", rows);
		return "organisation/labels";
	}

	@PostMapping
	String save(CurrentUser user, @ModelAttribute("labelForm") LabelForm form, Model model,
			RedirectAttributes redirect) {
		try {
			management.save(user, form);
			SavedMessage.flash(redirect, "labels.saved", null);
			return "redirect:/admin/labels";
		}
		catch (InvalidInput invalid) {
			model.addAttribute("rows", management.labels(user));
			model.addAttribute("labelErrors",
					invalid.problems().stream().collect(Collectors.toMap(FieldProblem::field, FieldProblem::code)));
			// The same problems for the shared error summary, which links to each field.
			BindingResult summary = new MapBindingResult(new HashMap<>(), "labelForm");
			invalid.problems().forEach(problem -> summary.rejectValue(problem.field(), problem.code()));
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "labelForm", summary);
			return "organisation/labels";
		}
	}

	private static Map<String, String> own(List<LabelRow> rows, Function<LabelRow, String> text) {
		return rows.stream().collect(Collectors.toMap(LabelRow::key, text));
	}

}
