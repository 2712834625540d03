package nl.regie.platform.web;

import java.util.List;

import org.springframework.validation.Errors;

/**
 * Input that passed the form checks but breaks a rule of the domain, per field. Screens
 * show it next to the field; the API answers 400 problem+json with invalidParams.
 *
 * @param problems field name and message key
 */
public class InvalidInput extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInput(List<FieldProblem> problems) {
		super("invalid input: " + problems.stream().map(FieldProblem::code).toList());
		this.problems = List.copyOf(problems);
	}

	public static InvalidInput of(String field, String code) {
		return new InvalidInput(List.of(new FieldProblem(field, code)));
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	/** Puts each refusal next to its field on the form it came from. */
	public void reportTo(Errors form) {
		problems.forEach(problem -> form.rejectValue(problem.field(), problem.code()));
	}

	public record FieldProblem(String field, String code) {
	}

}
