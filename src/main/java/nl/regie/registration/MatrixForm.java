package nl.regie.registration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.regie.assessment.AssessedBy;
import nl.regie.assessment.Assessment;
import nl.regie.assessment.AssessmentDraft;
import nl.regie.assessment.AssessmentKind;
import nl.regie.assessment.DomainScore;
import nl.regie.assessment.Instrument;
import nl.regie.assessment.InstrumentDomain;
import nl.regie.assessment.Level;
import nl.regie.assessment.NotAssessedReason;
import nl.regie.assessment.StrengthSource;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The scoring screen of one member: a row per domain of the instrument, each with one
 * choice: a level, "not assessed" with its reason, or out of scope ({@link #OUT});
 * domains out of scope are not recorded at all.
 */
record MatrixForm(AssessmentKind kind, AssessedBy assessedBy,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate assessedOn, List<Row> rows) {

	static final String OUT = "OUT";

	MatrixForm {
		rows = rows == null ? new ArrayList<>() : new ArrayList<>(rows);
	}

	/**
	 * @param choice {@code 1}–{@code 5}, a {@link NotAssessedReason}, {@link #OUT}, or
	 * empty when nothing was chosen
	 */
	record Row(String domain, String choice, String note, StrengthSource strength) {

		public boolean inScope() {
			return !OUT.equals(choice);
		}

		/** "Not assessed" or a note: the row's details open. */
		public boolean hasDetails() {
			return choice != null && !choice.isEmpty() && !choice.matches("\\d+") && inScope()
					|| note != null && !note.isBlank();
		}

	}

	/**
	 * The form as the matrix opens it: the previous assessment's choices pre-selected so
	 * "unchanged" is nothing to do; the domains in scope (the previous ones, or else the
	 * referral's) without a choice yet; the rest out of scope.
	 */
	static MatrixForm opening(Instrument instrument, Assessment previous, List<InstrumentDomain> scope,
			LocalDate today) {
		Set<String> inScope = scope.stream().map(InstrumentDomain::code).collect(Collectors.toSet());
		Map<String, DomainScore> before = previous == null || !previous.instrument().equals(instrument.code())
				? Map.of()
				: previous.scores().stream().collect(Collectors.toMap(DomainScore::domain, Function.identity()));
		List<Row> rows = instrument.domains().stream().map(domain -> {
			DomainScore score = before.get(domain.code());
			if (score != null) {
				return new Row(domain.code(), choiceOf(score), null, score.strength());
			}
			return new Row(domain.code(), inScope.contains(domain.code()) ? "" : OUT, null, null);
		}).toList();
		return new MatrixForm(previous == null ? AssessmentKind.INTAKE : AssessmentKind.REVIEW,
				previous == null ? AssessedBy.TOGETHER : previous.assessedBy(), today, rows);
	}

	static String choiceOf(DomainScore score) {
		return score.assessed() ? String.valueOf(score.level()) : score.notAssessed().name();
	}

	/** The rows in scope, as the matrix reads them; {@link #rowOfScore} maps back. */
	AssessmentDraft toDraft(String instrument) {
		return new AssessmentDraft(instrument, kind, assessedBy, assessedOn,
				rows.stream().filter(Row::inScope).map(MatrixForm::score).toList());
	}

	/** The form's row of the draft's n-th score. */
	int rowOfScore(int scoreIndex) {
		int seen = -1;
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).inScope() && ++seen == scoreIndex) {
				return i;
			}
		}
		return -1;
	}

	private static DomainScore score(Row row) {
		String choice = row.choice() == null ? "" : row.choice().strip();
		Integer level = null;
		NotAssessedReason reason = null;
		if (choice.matches("\\d{1,2}")) {
			level = Integer.valueOf(choice);
		}
		else if (!choice.isEmpty()) {
			try {
				reason = NotAssessedReason.valueOf(choice);
			}
			catch (IllegalArgumentException noSuchReason) {
				level = 0;
			}
		}
		return new DomainScore(row.domain(), level, reason, row.note(), row.strength());
	}

	/** The choices a row offers: the levels, then the reasons not to score. */
	static List<String> levelChoices(Instrument instrument) {
		return instrument.levels().stream().map(Level::value).map(String::valueOf).toList();
	}

}
