package nl.regie.plan;

import nl.regie.platform.domain.InvalidInput;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.Errors;

/**
 * Puts the plan's refusals next to the fields of the screen's form; a problem elsewhere
 * in the plan (a field the form does not have) goes to the top of the form.
 */
final class PlanFieldErrors {

	private PlanFieldErrors() {
	}

	static void report(InvalidInput invalid, Errors form) {
		invalid.problems().forEach(problem -> {
			try {
				form.rejectValue(problem.field(), problem.code());
			}
			catch (NotReadablePropertyException | IllegalArgumentException elsewhere) {
				form.reject(problem.code());
			}
		});
	}

}
