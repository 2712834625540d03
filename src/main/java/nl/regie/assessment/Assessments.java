package nl.regie.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.regie.platform.domain.StateConflict;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessments, stored once and never changed (PostgreSQL refuses updates and
 * deletes). Callers check who may read or record them and report the reads: the module
 * that knows the case does.
 */
@Service
public class Assessments {

	private static final String SELECT = """
			select a.id, a.municipality_id, a.household_id, a.member_id, a.case_id, a.instrument_code, a.kind,
			       a.assessed_by, a.assessed_on, a.amends, a.amendment_reason, a.recorded_by_name, a.recorded_at,
			       (select n.id from assessment n where n.amends = a.id) as amended_by
			from assessment a
			""";

	private final JdbcClient jdbc;

	Assessments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Saves a new assessment or amendment with its scores, in the caller's transaction.
	 * @throws StateConflict when the assessment it amends was amended meanwhile
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void save(Assessment assessment, UUID recordedBy) {
		try {
			jdbc.sql(
					"""
							insert into assessment (id, municipality_id, household_id, member_id, case_id, instrument_code, kind,
							    assessed_by, assessed_on, recorded_by, recorded_by_name, recorded_at, amends, amendment_reason)
							values (:id, :m, :h, :member, :case, :instrument, :kind, :by, :on, :recordedBy, :recordedByName, :at,
							    :amends, :reason)""")
				.param("id", assessment.id())
				.param("m", assessment.municipalityId())
				.param("h", assessment.householdId())
				.param("member", assessment.memberId())
				.param("case", assessment.caseId())
				.param("instrument", assessment.instrument())
				.param("kind", assessment.kind().name())
				.param("by", assessment.assessedBy().name())
				.param("on", assessment.assessedOn())
				.param("recordedBy", recordedBy)
				.param("recordedByName", assessment.recordedByName())
				.param("at", Timestamp.from(assessment.recordedAt()))
				.param("amends", assessment.amends())
				.param("reason", assessment.amendmentReason())
				.update();
		}
		catch (DuplicateKeyException amendedMeanwhile) {
			throw new StateConflict("assessment.alreadyAmended");
		}
		for (DomainScore score : assessment.scores()) {
			jdbc.sql(
					"""
							insert into assessment_score (assessment_id, instrument_code, domain_code, level, not_assessed_reason,
							    note, strength)
							values (:a, :i, :d, :level, :reason, :note, :strength)""")
				.param("a", assessment.id())
				.param("i", assessment.instrument())
				.param("d", score.domain())
				.param("level", score.level())
				.param("reason", score.notAssessed() == null ? null : score.notAssessed().name())
				.param("note", score.note())
				.param("strength", score.strength() == null ? null : score.strength().name())
				.update();
		}
	}

	public Optional<Assessment> find(UUID municipalityId, UUID id) {
		return withScores(jdbc.sql(SELECT + " where a.municipality_id = :m and a.id = :id")
			.param("m", municipalityId)
			.param("id", id)
			.query(Assessments::assessment)
			.list()).stream().findFirst();
	}

	/** Every assessment of the member, amended ones too, oldest first. */
	public List<Assessment> ofMember(UUID municipalityId, UUID memberId) {
		return withScores(jdbc.sql(SELECT + """
				where a.municipality_id = :m and a.member_id = :member order by a.assessed_on, a.recorded_at""")
			.param("m", municipalityId)
			.param("member", memberId)
			.query(Assessments::assessment)
			.list());
	}

	/** The current versions of the members' assessments, oldest first, per member. */
	public Map<UUID, List<Assessment>> currentOf(UUID municipalityId, Collection<UUID> memberIds) {
		Map<UUID, List<Assessment>> result = new LinkedHashMap<>();
		if (memberIds.isEmpty()) {
			return result;
		}
		withScores(jdbc.sql(SELECT + """
				where a.municipality_id = :m and a.member_id in (:members)
				  and not exists (select 1 from assessment n where n.amends = a.id)
				order by a.assessed_on, a.recorded_at""")
			.param("m", municipalityId)
			.param("members", memberIds)
			.query(Assessments::assessment)
			.list())
			.forEach(assessment -> result.computeIfAbsent(assessment.memberId(), key -> new ArrayList<>())
				.add(assessment));
		return result;
	}

	private List<Assessment> withScores(List<Assessment> assessments) {
		if (assessments.isEmpty()) {
			return assessments;
		}
		Map<UUID, List<DomainScore>> scores = new HashMap<>();
		jdbc.sql(
				"""
						select s.assessment_id, s.domain_code, s.level, s.not_assessed_reason, s.note, s.strength
						from assessment_score s join instrument_domain d on d.instrument_code = s.instrument_code and d.code = s.domain_code
						where s.assessment_id in (:ids) order by d.position""")
			.param("ids", assessments.stream().map(Assessment::id).toList())
			.query(rs -> {
				scores.computeIfAbsent(rs.getObject("assessment_id", UUID.class), key -> new ArrayList<>())
					.add(new DomainScore(rs.getString("domain_code"), rs.getObject("level", Integer.class),
							rs.getString("not_assessed_reason") == null ? null
									: NotAssessedReason.valueOf(rs.getString("not_assessed_reason")),
							rs.getString("note"), rs.getString("strength") == null ? null
									: StrengthSource.valueOf(rs.getString("strength"))));
			});
		return assessments.stream()
			.map(a -> new Assessment(a.id(), a.municipalityId(), a.householdId(), a.memberId(), a.caseId(),
					a.instrument(), a.kind(), a.assessedBy(), a.assessedOn(), scores.getOrDefault(a.id(), List.of()),
					a.amends(), a.amendmentReason(), a.amendedBy(), a.recordedByName(), a.recordedAt()))
			.toList();
	}

	private static Assessment assessment(ResultSet rs, int row) throws SQLException {
		return new Assessment(rs.getObject("id", UUID.class), rs.getObject("municipality_id", UUID.class),
				rs.getObject("household_id", UUID.class), rs.getObject("member_id", UUID.class),
				rs.getObject("case_id", UUID.class), rs.getString("instrument_code"),
				AssessmentKind.valueOf(rs.getString("kind")), AssessedBy.valueOf(rs.getString("assessed_by")),
				rs.getObject("assessed_on", LocalDate.class), List.of(), rs.getObject("amends", UUID.class),
				rs.getString("amendment_reason"), rs.getObject("amended_by", UUID.class),
				rs.getString("recorded_by_name"), rs.getTimestamp("recorded_at").toInstant());
	}

}
