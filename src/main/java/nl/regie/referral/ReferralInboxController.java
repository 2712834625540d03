package nl.regie.referral;

import nl.regie.identity.CurrentUser;
import nl.regie.organisation.OrganisationDirectory;
import nl.regie.organisation.TeamSummary;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The referral inbox screen: the first screen a team leader or team assistant sees.
 */
@Controller
class ReferralInboxController {

	private final ReferralInbox inbox;

	private final OrganisationDirectory organisation;

	ReferralInboxController(ReferralInbox inbox, OrganisationDirectory organisation) {
		this.inbox = inbox;
		this.organisation = organisation;
	}

	@GetMapping("/referrals")
	String inbox(CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		InboxPage inboxPage = inbox.page(user, page);
		model.addAttribute("inbox", inboxPage);
		model.addAttribute("teamName", organisation.team(user.teamId()).map(TeamSummary::name).orElse(""));
		return "referral/inbox";
	}

}
