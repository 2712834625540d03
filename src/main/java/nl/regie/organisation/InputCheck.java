package nl.regie.organisation;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.InvalidInput.FieldProblem;

/**
 * Collects every broken rule of one organisation form before refusing it, so the user
 * fixes all fields in one go; the first reason per field wins.
 */
final class InputCheck {

	static final int MAX_TEXT_LENGTH = 100;

	private final Map<String, String> broken = new LinkedHashMap<>();

	/** A required text of reasonable length. */
	InputCheck text(String value, String field, String requiredKey) {
		if (value == null || value.isBlank()) {
			return fail(field, requiredKey);
		}
		return rule(value.strip().length() <= MAX_TEXT_LENGTH, field, "organisation.text.tooLong");
	}

	InputCheck rule(boolean holds, String field, String messageKey) {
		return holds ? this : fail(field, messageKey);
	}

	InputCheck fail(String field, String messageKey) {
		broken.putIfAbsent(field, messageKey);
		return this;
	}

	boolean passed(String field) {
		return !broken.containsKey(field);
	}

	/**
	 * @throws InvalidInput with a message key per broken field
	 */
	void orThrow() {
		if (!broken.isEmpty()) {
			throw new InvalidInput(
					broken.entrySet().stream().map(e -> new FieldProblem(e.getKey(), e.getValue())).toList());
		}
	}

}
