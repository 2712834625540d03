package nl.regie.platform.web;

import nl.regie.platform.domain.InvalidInput;

import org.springframework.validation.Errors;

/**
 * Puts the domain's refusals next to the fields of the form they came from, so a screen
 * shows them exactly like the form's own checks.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void report(InvalidInput invalid, Errors form) {
		invalid.problems().forEach(problem -> form.rejectValue(problem.field(), problem.code()));
	}

}
