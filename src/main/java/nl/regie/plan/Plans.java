package nl.regie.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import nl.regie.identity.CurrentUser;
import nl.regie.platform.domain.NotFound;
import nl.regie.platform.domain.StateConflict;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The plans and every version of them. A version holds the whole plan as JSON; the plan
 * row says which version is current and is the optimistic lock: a new version is saved
 * only on the version it was made on.
 */
@Repository
class Plans {

	/** The plan of a case as it stands. */
	record StoredPlan(UUID id, UUID municipalityId, UUID caseId, UUID teamId, int version, LocalDate reviewedOn) {
	}

	/**
	 * One saved version.
	 *
	 * @param agreedOn {@code null} until the household agreed to it
	 */
	record PlanVersion(int version, ActionPlan plan, UUID savedBy, String savedByName, Instant savedAt,
			LocalDate agreedOn) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Plans(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<StoredPlan> ofCase(UUID municipalityId, UUID caseId) {
		return jdbc.sql("""
				select id, municipality_id, case_id, team_id, version, reviewed_on from plan
				where municipality_id = :m and case_id = :c""")
			.param("m", municipalityId)
			.param("c", caseId)
			.query((rs, n) -> new StoredPlan(rs.getObject("id", UUID.class),
					rs.getObject("municipality_id", UUID.class), rs.getObject("case_id", UUID.class),
					rs.getObject("team_id", UUID.class), rs.getInt("version"),
					rs.getObject("reviewed_on", LocalDate.class)))
			.optional();
	}

	/** Every version, the first first. */
	List<PlanVersion> versions(UUID planId) {
		return jdbc.sql("select " + VERSION_COLUMNS + " from plan_version where plan_id = :p order by version")
			.param("p", planId)
			.query(this::planVersion)
			.list();
	}

	/**
	 * One version, read by its key: the plan page and every change read the current
	 * version only, so their cost does not grow with the plan's history (in the
	 * benchmark's city up to eight versions of about a kilobyte of JSON, each parsed).
	 */
	PlanVersion version(UUID planId, int version) {
		return jdbc.sql("select " + VERSION_COLUMNS + " from plan_version where plan_id = :p and version = :v")
			.param("p", planId)
			.param("v", version)
			.query(this::planVersion)
			.optional()
			.orElseThrow(NotFound::new);
	}

	private static final String VERSION_COLUMNS = "version, content, saved_by, saved_by_name, saved_at, agreed_on";

	private PlanVersion planVersion(ResultSet rs, int row) throws SQLException {
		return new PlanVersion(rs.getInt("version"), json.readValue(rs.getString("content"), ActionPlan.class),
				rs.getObject("saved_by", UUID.class), rs.getString("saved_by_name"),
				rs.getTimestamp("saved_at").toInstant(), rs.getObject("agreed_on", LocalDate.class));
	}

	/**
	 * The first version.
	 * @throws StateConflict when the case has a plan already (made at the same moment)
	 */
	StoredPlan create(UUID municipalityId, UUID caseId, UUID teamId, UUID householdId, boolean caseOpen,
			ActionPlan plan, CurrentUser user, Instant at) {
		UUID id = UUID.randomUUID();
		int inserted = jdbc.sql("""
				insert into plan (id, municipality_id, case_id, team_id, household_id, version, made_on, reviewed_on,
				    created_at, case_open)
				values (:id, :m, :c, :t, :h, 1, :madeOn, :madeOn, :at, :open) on conflict (case_id) do nothing""")
			.param("id", id)
			.param("open", caseOpen)
			.param("m", municipalityId)
			.param("c", caseId)
			.param("t", teamId)
			.param("h", householdId)
			.param("madeOn", plan.madeOn())
			.param("at", Timestamp.from(at))
			.update();
		if (inserted == 0) {
			throw new StateConflict("plan.exists");
		}
		insertVersion(id, municipalityId, 1, plan, user, at);
		return new StoredPlan(id, municipalityId, caseId, teamId, 1, plan.madeOn());
	}

	/**
	 * The next version, made on {@code base}.
	 * @return {@code false} when the plan is no longer at {@code base}: nothing saved
	 */
	boolean saveNext(StoredPlan stored, int base, ActionPlan plan, CurrentUser user, Instant at) {
		int updated = jdbc.sql("""
				update plan set version = version + 1, made_on = :madeOn where id = :id and version = :base""")
			.param("id", stored.id())
			.param("base", base)
			.param("madeOn", plan.madeOn())
			.update();
		if (updated == 0) {
			return false;
		}
		insertVersion(stored.id(), stored.municipalityId(), base + 1, plan, user, at);
		return true;
	}

	/**
	 * @return {@code false} when the version is no longer current or was agreed to
	 * already
	 */
	boolean agree(StoredPlan stored, int version, LocalDate agreedOn) {
		int updated = jdbc.sql("""
				update plan_version v set agreed_on = :on from plan p
				where p.id = v.plan_id and p.id = :id and p.version = :v and v.version = :v and v.agreed_on is null""")
			.param("id", stored.id())
			.param("v", version)
			.param("on", agreedOn)
			.update();
		if (updated == 0) {
			return false;
		}
		jdbc.sql("update plan set reviewed_on = greatest(reviewed_on, :on) where id = :id")
			.param("id", stored.id())
			.param("on", agreedOn)
			.update();
		return true;
	}

	/** The case of the plan closed, was scaled up or reopened. */
	void caseOpen(UUID caseId, boolean open) {
		jdbc.sql("update plan set case_open = :open where case_id = :c")
			.param("open", open)
			.param("c", caseId)
			.update();
	}

	private void insertVersion(UUID planId, UUID municipalityId, int version, ActionPlan plan, CurrentUser user,
			Instant at) {
		jdbc.sql("""
				insert into plan_version (plan_id, version, municipality_id, content, saved_by, saved_by_name, saved_at)
				values (:p, :v, :m, cast(:content as jsonb), :by, :name, :at)""")
			.param("p", planId)
			.param("v", version)
			.param("m", municipalityId)
			.param("content", json.writeValueAsString(plan))
			.param("by", user.userId())
			.param("name", user.displayName())
			.param("at", Timestamp.from(at))
			.update();
	}

}
