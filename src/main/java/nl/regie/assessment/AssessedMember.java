package nl.regie.assessment;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The household member an assessment is of, as the module that knows the household hands
 * it over.
 *
 * @param caseId the case it is recorded on, {@code null} outside a case
 */
public record AssessedMember(UUID municipalityId, UUID householdId, UUID memberId, UUID caseId, LocalDate dateOfBirth) {

	static final int ADULT_AGE = 18;

	boolean adultOn(LocalDate day) {
		return !dateOfBirth.plusYears(ADULT_AGE).isAfter(day);
	}

}
