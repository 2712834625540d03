package nl.regie.household;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class PostcodeValidator implements ConstraintValidator<ValidPostcode, String> {

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		return value == null || value.isBlank() || Postcode.isValid(value);
	}

}
