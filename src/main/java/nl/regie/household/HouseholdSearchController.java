package nl.regie.household;

import jakarta.validation.Valid;

import nl.regie.identity.CurrentUser;
import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.web.FormErrors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Finding a household of the team. The search is posted, not put in the address: a name,
 * date of birth or BSN in a URL would end up in browser histories and server logs.
 */
@Controller
class HouseholdSearchController {

	static final String VIEW = "household/search";

	private final HouseholdSearch search;

	private final HouseholdAccessPolicy access;

	HouseholdSearchController(HouseholdSearch search, HouseholdAccessPolicy access) {
		this.search = search;
		this.access = access;
	}

	@GetMapping("/households")
	String initSearchForm(CurrentUser user, Model model) {
		access.search(user).orRefuse();
		model.addAttribute("search", HouseholdSearchForm.empty());
		return VIEW;
	}

	@PostMapping("/households")
	String processSearchForm(CurrentUser user, @Valid @ModelAttribute("search") HouseholdSearchForm form,
			BindingResult result, Model model) {
		access.search(user).orRefuse();
		if (!result.hasErrors()) {
			try {
				model.addAttribute("result", search.search(user, form));
			}
			catch (InvalidInput invalid) {
				FormErrors.report(invalid, result);
			}
		}
		return VIEW;
	}

}
