package nl.regie.organisation;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "saved" notice shown once after a form redirects (post/redirect/get).
 */
final class SavedMessage {

	private SavedMessage() {
	}

	static void flash(RedirectAttributes redirect, String messageKey, String argument) {
		redirect.addFlashAttribute("savedKey", messageKey);
		redirect.addFlashAttribute("savedArgument", argument);
	}

}
