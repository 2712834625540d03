package nl.regie.socialmap;

import java.util.List;
import java.util.Locale;

import nl.regie.assessment.LifeDomains;
import nl.regie.identity.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The social map's search screen for every member of staff: by words, life domain, area
 * and kind; maintainers also get the links to add, change and import.
 */
@Controller
class SocialMapController {

	private final SocialMapQuery query;

	private final LifeDomains lifeDomains;

	SocialMapController(SocialMapQuery query, LifeDomains lifeDomains) {
		this.query = query;
		this.lifeDomains = lifeDomains;
	}

	@GetMapping("/social-map")
	String search(CurrentUser user, @ModelAttribute("search") SearchForm search, BindingResult result, Model model,
			Locale locale) {
		List<ProvisionEntry> found = result.hasErrors() ? List.of() : query.search(user, search.lifeDomain(),
				search.areaId(), search.words(), search.kinds(), search.includeWithdrawn(), SocialMapQuery.PAGE);
		model.addAttribute("provisions", found);
		model.addAttribute("limited", found.size() == SocialMapQuery.PAGE);
		model.addAttribute("searched", !search.isEmpty());
		model.addAttribute("lifeDomains", lifeDomains.all());
		model.addAttribute("domainNames", SocialMapScreens.domainNames(lifeDomains, locale));
		model.addAttribute("areas", query.areas(user));
		model.addAttribute("kinds", ProvisionKind.values());
		model.addAttribute("maintainer", SocialMapAccessPolicy.maintainer(user));
		return "socialmap/search";
	}

}
