package nl.regie.household;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Empty, or a BSN that passes the 11-test. The message comes from the bundle key
 * {@code ValidBsn}.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = BsnValidator.class)
public @interface ValidBsn {

	String message() default "{ValidBsn}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
