package nl.regie.household;

import java.time.LocalDate;
import java.time.Period;

/**
 * A date of birth, never in the future.
 */
public record DateOfBirth(LocalDate value) {

	static final int ADULT_AGE = 18;

	public static DateOfBirth on(LocalDate value, LocalDate today) {
		if (value == null || value.isAfter(today)) {
			throw new IllegalArgumentException("date of birth in the future");
		}
		return new DateOfBirth(value);
	}

	public boolean isChildOn(LocalDate today) {
		return ageOn(today) < ADULT_AGE;
	}

	/** Age in whole years. */
	public int ageOn(LocalDate today) {
		return Period.between(value, today).getYears();
	}

}
