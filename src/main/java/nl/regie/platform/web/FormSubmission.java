package nl.regie.platform.web;

import java.util.function.Function;
import java.util.function.Supplier;

import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.StateConflict;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How a screen answers a posted form, written once so the screens cannot drift apart:
 * done, the saved notice ({@link SavedMessage}) and a redirect (post/redirect/get, so a
 * reload does not post again); refused by the form's own checks or by the domain, the
 * same page again with each message at its field ({@link FormErrors}), nothing saved.
 * <p>
 * A conflict (someone else saved first, the thing is no longer in that state) goes to the
 * error pages unless the screen says how it shows one: most pages have nothing saved-now
 * to show beside the form.
 * <p>
 * The consent module's pages keep their own {@code FormSubmission}: they show several
 * forms' errors from one map, not from a binding result.
 */
public final class FormSubmission {

	private final BindingResult binding;

	private final RedirectAttributes redirect;

	private final Function<StateConflict, String> conflicted;

	private FormSubmission(BindingResult binding, RedirectAttributes redirect,
			Function<StateConflict, String> conflicted) {
		this.binding = binding;
		this.redirect = redirect;
		this.conflicted = conflicted;
	}

	public static FormSubmission of(BindingResult binding, RedirectAttributes redirect) {
		return new FormSubmission(binding, redirect, conflict -> {
			throw conflict;
		});
	}

	/**
	 * @param page the page that shows the conflict, with what is saved now
	 */
	public FormSubmission conflictShownBy(Function<StateConflict, String> page) {
		return new FormSubmission(binding, redirect, page);
	}

	/**
	 * @param save saves the form; an {@link InvalidInput} refuses it
	 * @param savedKey the message key of the saved notice
	 * @param savedArgument the notice's argument, asked only once saved (the form's text
	 * may be missing before the domain refused it)
	 * @param done where the browser goes once saved
	 * @param again the page with the form as posted and its errors
	 */
	public String handle(Runnable save, String savedKey, Supplier<String> savedArgument, String done,
			Supplier<String> again) {
		if (!binding.hasErrors()) {
			try {
				save.run();
				SavedMessage.flash(redirect, savedKey, savedArgument.get());
				return "redirect:" + done;
			}
			catch (InvalidInput invalid) {
				FormErrors.report(invalid, binding);
			}
			catch (StateConflict conflict) {
				return conflicted.apply(conflict);
			}
		}
		return again.get();
	}

}
