package nl.regie.platform.domain;

import java.util.List;

/**
 * Input that passed the form checks but breaks a rule of the domain, per field. The edge
 * turns it into messages next to the fields of a screen, or a 400 problem+json with
 * {@code invalidParams} in the API.
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

	/**
	 * @param field the field as the form and the API name it, e.g.
	 * {@code household.members[0].dateOfBirth}
	 * @param code the message key that tells the user what to do
	 */
	public record FieldProblem(String field, String code) {
	}

}
