package nl.regie.referral;

import jakarta.validation.Valid;

import nl.regie.identity.CurrentUser;
import nl.regie.organisation.AreaDirectory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The referral inbox screen: the first screen a team leader or team assistant sees. An
 * invalid filter (a negative number of days) shows the message and the unfiltered inbox.
 */
@Controller
class ReferralInboxController {

	private final InboxQuery inbox;

	private final AreaDirectory areas;

	ReferralInboxController(InboxQuery inbox, AreaDirectory areas) {
		this.inbox = inbox;
		this.areas = areas;
	}

	@GetMapping("/referrals")
	String inbox(CurrentUser user, @Valid @ModelAttribute("filter") InboxFilter filter, BindingResult result,
			@RequestParam(defaultValue = "0") int page, Model model) {
		InboxPage inboxPage = inbox.page(user, result.hasErrors() ? InboxFilter.NONE : filter, page);
		model.addAttribute("inbox", inboxPage);
		model.addAttribute("statuses", ReferralStatus.values());
		model.addAttribute("referrerTypes", ReferrerType.values());
		model.addAttribute("areas", areas.workingAreas(user.municipalityId()));
		return "referral/inbox";
	}

}
