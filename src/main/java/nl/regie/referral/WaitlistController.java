package nl.regie.referral;

import jakarta.validation.Valid;

import nl.regie.identity.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The waitlist screen, with the team's capacity and (for the team leader) its norm.
 * Taking a household off the waitlist is a decision on its referral page.
 */
@Controller
class WaitlistController {

	private final WaitlistQuery waitlist;

	private final TeamCapacity capacity;

	private final ReferralAccessPolicy access;

	WaitlistController(WaitlistQuery waitlist, TeamCapacity capacity, ReferralAccessPolicy access) {
		this.access = access;
		this.waitlist = waitlist;
		this.capacity = capacity;
	}

	@GetMapping("/referrals/waitlist")
	String waitlist(CurrentUser user, Model model) {
		WaitlistQuery.View view = waitlist.of(user);
		model.addAttribute("capacityForm", new CapacityForm(view.capacity().maxCasesPerFte()));
		return page(view, model);
	}

	@PostMapping("/referrals/waitlist/capacity")
	String processCapacity(CurrentUser user, @Valid @ModelAttribute("capacityForm") CapacityForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		access.teamLeadership(user).orRefuse();
		if (result.hasErrors()) {
			return page(waitlist.of(user), model);
		}
		capacity.change(user, form.maxCasesPerFte());
		redirect.addFlashAttribute("notice", "waitlist.capacity.changed");
		return "redirect:/referrals/waitlist";
	}

	private String page(WaitlistQuery.View view, Model model) {
		model.addAttribute("waitlist", view);
		return "referral/waitlist";
	}

}
