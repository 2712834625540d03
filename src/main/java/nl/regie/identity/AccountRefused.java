package nl.regie.identity;

import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.SimpleErrors;

/**
 * A change to an account that breaks a rule. Carries Spring's own error collection, so
 * the screen shows each reason next to its field (or above the form) and nothing is saved.
 */
class AccountRefused extends RuntimeException {

	private final transient Errors errors;

	AccountRefused(Errors errors) {
		super("account refused: " + errors.getAllErrors().stream().map(ObjectError::getCode).toList());
		this.errors = errors;
	}

	/** A refusal that concerns the whole account rather than one field. */
	static AccountRefused because(String messageKey) {
		Errors errors = new SimpleErrors(new Object(), "account");
		errors.reject(messageKey);
		return new AccountRefused(errors);
	}

	static AccountRefused onField(Object form, String field, String messageKey) {
		Errors errors = new SimpleErrors(form, "account");
		errors.rejectValue(field, messageKey);
		return new AccountRefused(errors);
	}

	Errors errors() {
		return errors;
	}

	void reportTo(BindingResult form) {
		for (FieldError error : errors.getFieldErrors()) {
			form.rejectValue(error.getField(), error.getCode());
		}
		for (ObjectError error : errors.getGlobalErrors()) {
			form.reject(error.getCode());
		}
	}

}
