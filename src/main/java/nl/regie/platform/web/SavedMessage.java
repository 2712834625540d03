package nl.regie.platform.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "saved" notice shown once after a form redirects (post/redirect/get), by the shared
 * fragment {@code fragments/fields :: saved}.
 */
public final class SavedMessage {

	private SavedMessage() {
	}

	public static void flash(RedirectAttributes redirect, String messageKey, String argument) {
		redirect.addFlashAttribute("savedKey", messageKey);
		redirect.addFlashAttribute("savedArgument", argument);
	}

}
