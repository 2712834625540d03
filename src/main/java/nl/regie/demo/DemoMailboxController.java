package nl.regie.demo;

import nl.regie.identity.CurrentUser;
import nl.regie.identity.Role;
import nl.regie.platform.access.AccessDecision;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The demo's mailbox: the letters the demo team sent by e-mail, as they arrived at the
 * demo's own SMTP server. Only in the demo.
 */
@Controller
@Profile("demo")
class DemoMailboxController {

	private final DemoMailServer mail;

	DemoMailboxController(DemoMailServer mail) {
		this.mail = mail;
	}

	@GetMapping("/demo/mailbox")
	String mailbox(CurrentUser user, Model model) {
		(user.has(Role.TEAM_LEADER) || user.has(Role.TEAM_ASSISTANT) ? AccessDecision.allowed()
				: AccessDecision.refused("access.referral.role"))
			.orRefuse();
		model.addAttribute("letters", mail.received());
		return "demo/mailbox";
	}

}
