package nl.regie.organisation;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.validation.BindingResult;

/**
 * Input that breaks a rule of the organisation model. Carries a message key per form
 * field, so the screen shows each reason next to its own input and nothing is saved.
 */
class InvalidInput extends RuntimeException {

	static final int MAX_TEXT_LENGTH = 100;

	private final Map<String, String> messageKeysByField;

	private InvalidInput(Map<String, String> messageKeysByField) {
		super("invalid input in " + messageKeysByField.keySet());
		this.messageKeysByField = Map.copyOf(messageKeysByField);
	}

	static InvalidInput of(String field, String messageKey) {
		return new InvalidInput(Map.of(field, messageKey));
	}

	Map<String, String> messageKeysByField() {
		return messageKeysByField;
	}

	void reportTo(BindingResult form) {
		messageKeysByField.forEach((field, key) -> form.rejectValue(field, key));
	}

	/**
	 * Collects every broken rule of one form before refusing it, so the user fixes all
	 * fields in one go.
	 */
	static final class Check {

		private final Map<String, String> broken = new LinkedHashMap<>();

		/** A required text of reasonable length; the first reason per field wins. */
		Check text(String value, String field, String requiredKey) {
			if (value == null || value.isBlank()) {
				return fail(field, requiredKey);
			}
			return rule(value.strip().length() <= MAX_TEXT_LENGTH, field, "organisation.text.tooLong");
		}

		Check rule(boolean holds, String field, String messageKey) {
			return holds ? this : fail(field, messageKey);
		}

		Check fail(String field, String messageKey) {
			broken.putIfAbsent(field, messageKey);
			return this;
		}

		boolean passed(String field) {
			return !broken.containsKey(field);
		}

		void orThrow() {
			if (!broken.isEmpty()) {
				throw new InvalidInput(broken);
			}
		}

	}

}
