package nl.regie.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.regie.casefile.EmergencyAccess.Review;
import nl.regie.casefile.EmergencyAccess.Reviewer;
import nl.regie.casefile.EmergencyAccess.Verdict;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The break-the-glass accesses. An access is inserted once and then only gains its two
 * reviews; each review is written only where it is still missing, so two reviewers of the
 * same kind at once record one review.
 */
@Repository
class EmergencyAccesses {

	private static final String SELECT = """
			select id, municipality_id, team_id, case_id, user_id, username, display_name, role, reason, opened_at,
			       expires_at, leader_verdict, leader_review_note, leader_reviewed_by, leader_reviewed_at,
			       privacy_verdict, privacy_review_note, privacy_reviewed_by, privacy_reviewed_at
			from case_emergency_access""";

	/** A page of the review list, newest first. */
	static final int PAGE = 100;

	private static final String ORDER = " order by opened_at desc limit " + PAGE;

	private final JdbcClient jdbc;

	EmergencyAccesses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(EmergencyAccess access) {
		jdbc.sql("""
				insert into case_emergency_access (id, municipality_id, team_id, case_id, user_id, username,
				    display_name, role, reason, opened_at, expires_at)
				values (:id, :m, :t, :c, :u, :username, :name, :role, :reason, :opened, :expires)""")
			.param("id", access.id())
			.param("m", access.municipalityId())
			.param("t", access.teamId())
			.param("c", access.caseId())
			.param("u", access.userId())
			.param("username", access.username())
			.param("name", access.displayName())
			.param("role", access.role())
			.param("reason", access.reason())
			.param("opened", Timestamp.from(access.openedAt()))
			.param("expires", Timestamp.from(access.expiresAt()))
			.update();
	}

	/** The user's access to the case that is open at this moment, if any. */
	Optional<EmergencyAccess> activeFor(UUID caseId, String username, Instant now) {
		return jdbc.sql(SELECT + """
				 where case_id = :c and username = :u and opened_at <= :now and expires_at > :now
				order by expires_at desc limit 1""")
			.param("c", caseId)
			.param("u", username)
			.param("now", Timestamp.from(now))
			.query((rs, n) -> access(rs))
			.optional();
	}

	Optional<EmergencyAccess> find(UUID id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query((rs, n) -> access(rs)).optional();
	}

	/** A team's accesses, for its leader's review. */
	List<EmergencyAccess> ofTeam(UUID teamId) {
		return jdbc.sql(SELECT + " where team_id = :t" + ORDER).param("t", teamId).query((rs, n) -> access(rs)).list();
	}

	/** A municipality's accesses, for its privacy officer's review. */
	List<EmergencyAccess> ofMunicipality(UUID municipalityId) {
		return jdbc.sql(SELECT + " where municipality_id = :m" + ORDER)
			.param("m", municipalityId)
			.query((rs, n) -> access(rs))
			.list();
	}

	/**
	 * @return whether the review was recorded: false when someone recorded it in the
	 * meantime
	 */
	boolean review(EmergencyAccess access, Reviewer reviewer) {
		String column = reviewer == Reviewer.TEAM_LEADER ? "leader" : "privacy";
		Review review = reviewer == Reviewer.TEAM_LEADER ? access.leaderReview() : access.privacyReview();
		return jdbc
			.sql("update case_emergency_access set %1$s_verdict = :verdict, %1$s_review_note = :note, "
				.formatted(column)
					+ "%1$s_reviewed_by = :by, %1$s_reviewed_at = :at where id = :id and %1$s_verdict is null"
						.formatted(column))
			.param("verdict", review.verdict().name())
			.param("note", review.note())
			.param("by", review.reviewedBy())
			.param("at", Timestamp.from(review.reviewedAt()))
			.param("id", access.id())
			.update() == 1;
	}

	private static EmergencyAccess access(ResultSet rs) throws SQLException {
		return new EmergencyAccess(rs.getObject("id", UUID.class), rs.getObject("municipality_id", UUID.class),
				rs.getObject("team_id", UUID.class), rs.getObject("case_id", UUID.class),
				rs.getObject("user_id", UUID.class), rs.getString("username"), rs.getString("display_name"),
				rs.getString("role"), rs.getString("reason"), rs.getTimestamp("opened_at").toInstant(),
				rs.getTimestamp("expires_at").toInstant(), review(rs, "leader"), review(rs, "privacy"));
	}

	private static Review review(ResultSet rs, String column) throws SQLException {
		String verdict = rs.getString(column + "_verdict");
		return verdict == null ? null : new Review(Verdict.valueOf(verdict), rs.getString(column + "_review_note"),
				rs.getString(column + "_reviewed_by"), rs.getTimestamp(column + "_reviewed_at").toInstant());
	}

}
