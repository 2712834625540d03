package nl.regie.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.InvalidInput.FieldProblem;
import nl.regie.platform.domain.StateConflict;

/**
 * The matrix of one adult member at one moment: only the domains the help question needs,
 * each a level or "not assessed" with a reason. Final once saved; a correction is a new
 * assessment that amends this one, with a reason, and this one is kept as it was.
 */
public final class Assessment {

	static final int MAX_NOTE = 500;

	static final int MAX_REASON = 500;

	private final UUID id;

	private final UUID municipalityId;

	private final UUID householdId;

	private final UUID memberId;

	private final UUID caseId;

	private final String instrument;

	private final AssessmentKind kind;

	private final AssessedBy assessedBy;

	private final LocalDate assessedOn;

	private final List<DomainScore> scores;

	private final UUID amends;

	private final String amendmentReason;

	private final UUID amendedBy;

	private final String recordedByName;

	private final Instant recordedAt;

	Assessment(UUID id, UUID municipalityId, UUID householdId, UUID memberId, UUID caseId, String instrument,
			AssessmentKind kind, AssessedBy assessedBy, LocalDate assessedOn, List<DomainScore> scores, UUID amends,
			String amendmentReason, UUID amendedBy, String recordedByName, Instant recordedAt) {
		this.id = id;
		this.municipalityId = municipalityId;
		this.householdId = householdId;
		this.memberId = memberId;
		this.caseId = caseId;
		this.instrument = instrument;
		this.kind = kind;
		this.assessedBy = assessedBy;
		this.assessedOn = assessedOn;
		this.scores = List.copyOf(scores);
		this.amends = amends;
		this.amendmentReason = amendmentReason;
		this.amendedBy = amendedBy;
		this.recordedByName = recordedByName;
		this.recordedAt = recordedAt;
	}

	/**
	 * A new assessment, checked whole: every problem is named at its field, and nothing
	 * is made unless there is none.
	 * @throws InvalidInput naming each problem
	 */
	public static Assessment record(AssessedMember member, Instrument instrument, AssessmentDraft draft,
			LocalDate today, String recordedByName, Instant now) {
		check(member, instrument, draft, today, List.of());
		return new Assessment(UUID.randomUUID(), member.municipalityId(), member.householdId(), member.memberId(),
				member.caseId(), instrument.code(), draft.kind(), draft.assessedBy(), draft.assessedOn(),
				normalised(draft.scores()), null, null, null, recordedByName, now);
	}

	/**
	 * A correction of this assessment: a new version with the reason, this one kept.
	 * @throws StateConflict when this one was amended already (amend the newest)
	 * @throws InvalidInput naming each problem
	 */
	public Assessment amend(AssessedMember member, Instrument instrument, AssessmentDraft draft, String reason,
			LocalDate today, String recordedByName, Instant now) {
		if (amendedBy != null) {
			throw new StateConflict("assessment.alreadyAmended");
		}
		if (!member.memberId().equals(memberId)) {
			throw new IllegalArgumentException("an amendment is of the same member");
		}
		List<FieldProblem> reasonProblems = new ArrayList<>();
		if (reason == null || reason.isBlank()) {
			reasonProblems.add(new FieldProblem("amendmentReason", "assessment.amendment.reasonMissing"));
		}
		else if (reason.strip().length() > MAX_REASON) {
			reasonProblems.add(new FieldProblem("amendmentReason", "assessment.amendment.reasonTooLong"));
		}
		check(member, instrument, draft, today, reasonProblems);
		return new Assessment(UUID.randomUUID(), municipalityId, householdId, memberId, caseId, instrument.code(),
				draft.kind(), draft.assessedBy(), draft.assessedOn(), normalised(draft.scores()), id, reason.strip(),
				null, recordedByName, now);
	}

	private static void check(AssessedMember member, Instrument instrument, AssessmentDraft draft, LocalDate today,
			List<FieldProblem> earlier) {
		List<FieldProblem> problems = new ArrayList<>(earlier);
		if (draft.kind() == null) {
			problems.add(new FieldProblem("kind", "assessment.kind.missing"));
		}
		if (draft.assessedBy() == null) {
			problems.add(new FieldProblem("assessedBy", "assessment.assessedBy.missing"));
		}
		LocalDate on = draft.assessedOn();
		if (on == null) {
			problems.add(new FieldProblem("assessedOn", "assessment.assessedOn.missing"));
		}
		else if (on.isAfter(today)) {
			problems.add(new FieldProblem("assessedOn", "assessment.assessedOn.future"));
		}
		else if (on.isBefore(member.dateOfBirth())) {
			problems.add(new FieldProblem("assessedOn", "assessment.assessedOn.beforeBirth"));
		}
		if (instrument.adultsOnly() && !member.adultOn(on == null || on.isAfter(today) ? today : on)) {
			problems.add(new FieldProblem("member", "assessment.member.child"));
		}
		if (draft.scores().isEmpty()) {
			problems.add(new FieldProblem("scores", "assessment.scores.none"));
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < draft.scores().size(); i++) {
			DomainScore score = draft.scores().get(i);
			String field = "scores[" + i + "].";
			if (score == null || score.domain() == null || instrument.domain(score.domain()).isEmpty()) {
				problems.add(new FieldProblem(field + "domain", "assessment.domain.notInInstrument"));
				continue;
			}
			if (!seen.add(score.domain())) {
				problems.add(new FieldProblem(field + "domain", "assessment.domain.twice"));
			}
			if (score.level() != null && !instrument.hasLevel(score.level())) {
				problems.add(new FieldProblem(field + "level", "assessment.level.outOfRange"));
			}
			if (score.level() == null && score.notAssessed() == null) {
				problems.add(new FieldProblem(field + "notAssessed", "assessment.notAssessed.reasonMissing"));
			}
			if (score.level() != null && score.notAssessed() != null) {
				problems.add(new FieldProblem(field + "notAssessed", "assessment.score.levelAndReason"));
			}
			if (score.note() != null && score.note().strip().length() > MAX_NOTE) {
				problems.add(new FieldProblem(field + "note", "assessment.note.tooLong"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	private static List<DomainScore> normalised(List<DomainScore> scores) {
		return scores.stream()
			.map(score -> new DomainScore(score.domain(), score.level(), score.notAssessed(),
					score.note() == null || score.note().isBlank() ? null : score.note().strip(), score.strength()))
			.toList();
	}

	/**
	 * This assessment as a reader may see it: without the notes on domains that are
	 * criminal-offence data unless the reader is the case manager or the backup.
	 */
	public Assessment asSeenBy(boolean readsCriminalOffenceData, Instrument instrumentOfThis) {
		if (readsCriminalOffenceData) {
			return this;
		}
		List<DomainScore> visible = scores.stream()
			.map(score -> instrumentOfThis.domain(score.domain())
				.filter(InstrumentDomain::criminalOffenceData)
				.map(domain -> score.withoutNote())
				.orElse(score))
			.toList();
		return new Assessment(id, municipalityId, householdId, memberId, caseId, instrument, kind, assessedBy,
				assessedOn, visible, amends, amendmentReason, amendedBy, recordedByName, recordedAt);
	}

	/**
	 * This assessment with its scores in the domains of another version, for reports that
	 * span both (see {@link Instruments#inTermsOf}): where several domains become one,
	 * the lowest level counts; a domain only "not assessed" stays so.
	 */
	public Assessment expressedIn(String otherInstrument, Instruments instruments) {
		Map<String, DomainScore> mapped = new LinkedHashMap<>();
		for (DomainScore score : scores) {
			for (InstrumentDomain target : instruments.mapped(instrument, score.domain(), otherInstrument)) {
				DomainScore translated = new DomainScore(target.code(), score.level(), score.notAssessed(), null,
						score.strength());
				mapped.merge(target.code(), translated,
						(a, b) -> !a.assessed() ? b : !b.assessed() || a.level() <= b.level() ? a : b);
			}
		}
		List<DomainScore> ordered = instruments.get(otherInstrument)
			.domains()
			.stream()
			.filter(domain -> mapped.containsKey(domain.code()))
			.map(domain -> mapped.get(domain.code()))
			.toList();
		return new Assessment(id, municipalityId, householdId, memberId, caseId, otherInstrument, kind, assessedBy,
				assessedOn, ordered, amends, amendmentReason, amendedBy, recordedByName, recordedAt);
	}

	public Optional<DomainScore> score(String domain) {
		return scores.stream().filter(score -> score.domain().equals(domain)).findFirst();
	}

	public UUID id() {
		return id;
	}

	public UUID municipalityId() {
		return municipalityId;
	}

	public UUID householdId() {
		return householdId;
	}

	public UUID memberId() {
		return memberId;
	}

	public UUID caseId() {
		return caseId;
	}

	public String instrument() {
		return instrument;
	}

	public AssessmentKind kind() {
		return kind;
	}

	public AssessedBy assessedBy() {
		return assessedBy;
	}

	public LocalDate assessedOn() {
		return assessedOn;
	}

	public List<DomainScore> scores() {
		return scores;
	}

	/** The assessment this one corrects, {@code null} for an original. */
	public UUID amends() {
		return amends;
	}

	public String amendmentReason() {
		return amendmentReason;
	}

	/** The correction of this one, {@code null} while it is the current version. */
	public UUID amendedBy() {
		return amendedBy;
	}

	public boolean current() {
		return amendedBy == null;
	}

	public String recordedByName() {
		return recordedByName;
	}

	public Instant recordedAt() {
		return recordedAt;
	}

}
