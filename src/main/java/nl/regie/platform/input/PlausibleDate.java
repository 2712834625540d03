package nl.regie.platform.input;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date a person could really mean: not before {@link #from()}. Without it a date of
 * birth in the year -1 or 0001 is stored as typed. Empty is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = PlausibleDate.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
		ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

	/** Nobody alive was born before 1900. */
	String BIRTH = "1900-01-01";

	/**
	 * The Municipalities Act (Gemeentewet) of 1851 created the Dutch municipality as it
	 * is: nothing a municipal team records happened before it.
	 */
	String MUNICIPAL = "1851-01-01";

	/** The earliest date accepted, ISO. */
	String from();

	String message() default "{PlausibleDate}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<PlausibleDate, LocalDate> {

		private LocalDate earliest;

		@Override
		public void initialize(PlausibleDate annotation) {
			this.earliest = LocalDate.parse(annotation.from());
		}

		@Override
		public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
			return value == null || !value.isBefore(earliest);
		}

	}

}
