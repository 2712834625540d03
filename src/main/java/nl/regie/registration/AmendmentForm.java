package nl.regie.registration;

import java.time.LocalDate;
import java.util.List;

import nl.regie.assessment.AssessedBy;
import nl.regie.assessment.AssessmentDraft;
import nl.regie.assessment.AssessmentKind;
import nl.regie.assessment.DomainScore;

/**
 * A correction of a saved assessment: the whole corrected assessment and why.
 */
record AmendmentForm(String amendmentReason, String instrument, AssessmentKind kind, AssessedBy assessedBy,
		LocalDate assessedOn, List<DomainScore> scores) {

	AssessmentDraft toDraft() {
		return new AssessmentDraft(instrument, kind, assessedBy, assessedOn, scores);
	}

}
