package nl.regie.household;

import java.time.LocalDate;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a user searches a household by: a name (or part of one), a date of birth, a
 * postcode with or without house number, or a BSN; criteria given together must all hold
 * (the name and date of birth of one member).
 */
public record HouseholdSearchForm(@Size(max = 200) String name,
		@PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth,
		@ValidPostcode String postcode, @Size(max = 20) String houseNumber, @ValidBsn String bsn) {

	/** A name shorter than this finds too much to be a search. */
	static final int MIN_NAME_LENGTH = 2;

	public HouseholdSearchForm {
		name = blankToNull(name);
		postcode = blankToNull(postcode);
		houseNumber = blankToNull(houseNumber);
		bsn = blankToNull(bsn);
	}

	static HouseholdSearchForm empty() {
		return new HouseholdSearchForm(null, null, null, null, null);
	}

	boolean isEmpty() {
		return name == null && dateOfBirth == null && postcode == null && bsn == null;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
