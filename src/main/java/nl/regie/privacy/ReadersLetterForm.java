package nl.regie.privacy;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;

import nl.regie.household.ValidBsn;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Who asks for the list of who looked at a file: the member whose file it is, and the
 * member who receives the letter (the same, or a parent for a child under 16). By POST,
 * never in the address.
 *
 * @param recipientBsn blank: the member themself
 * @param from blank: a year before today
 */
record ReadersLetterForm(@NotBlank @ValidBsn String subjectBsn, @ValidBsn String recipientBsn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from) {

	static ReadersLetterForm empty() {
		return new ReadersLetterForm(null, null, null);
	}

	String recipientOrSubject() {
		return recipientBsn == null || recipientBsn.isBlank() ? subjectBsn : recipientBsn;
	}

}
