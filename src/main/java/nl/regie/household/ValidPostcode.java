package nl.regie.household;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Empty (use {@code @NotBlank} for that), or a Dutch postcode such as {@code 1234AB}.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PostcodeValidator.class)
public @interface ValidPostcode {

	String message() default "{ValidPostcode}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
