package nl.regie.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.regie.assessment.AssessedBy;
import nl.regie.assessment.Assessment;
import nl.regie.assessment.AssessmentKind;
import nl.regie.assessment.DomainScore;

/**
 * One assessment in the API: only the domains in scope; a domain not assessed has no
 * level and says why.
 *
 * @param amends the assessment this one corrects, {@code null} for an original
 * @param amendedBy the correction of this one, {@code null} while it is current
 */
record AssessmentView(UUID id, UUID memberId, String instrument, AssessmentKind kind, AssessedBy assessedBy,
		LocalDate assessedOn, List<DomainScore> scores, UUID amends, String amendmentReason, UUID amendedBy,
		String recordedBy, Instant recordedAt) {

	static AssessmentView of(Assessment assessment) {
		return new AssessmentView(assessment.id(), assessment.memberId(), assessment.instrument(), assessment.kind(),
				assessment.assessedBy(), assessment.assessedOn(), assessment.scores(), assessment.amends(),
				assessment.amendmentReason(), assessment.amendedBy(), assessment.recordedByName(),
				assessment.recordedAt());
	}

}
