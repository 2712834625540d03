package nl.regie.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * What the case manager (or the member) filled in, before the matrix checks it.
 *
 * @param instrument the instrument's code, {@code null} for the default
 * @param scores one per domain in scope, nothing for the rest
 */
public record AssessmentDraft(String instrument, AssessmentKind kind, AssessedBy assessedBy, LocalDate assessedOn,
		List<DomainScore> scores) {

	public AssessmentDraft {
		scores = scores == null ? List.of() : List.copyOf(scores);
	}

}
