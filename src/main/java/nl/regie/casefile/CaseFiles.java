package nl.regie.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.regie.referral.CaseLookup;
import nl.regie.referral.ReferralAccepted;

import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens the case of every accepted referral, loads and stores the {@link CaseFile}
 * aggregate with its history, and answers what screening needs to know about cases
 * ({@link CaseLookup}). A change is saved on the version it was made on: of two people
 * closing or reopening the same case at once, one wins.
 */
@Service
class CaseFiles implements CaseLookup {

	private static final String SELECT = """
			select id, municipality_id, team_id, household_id, referral_id, opened_on, stage, case_manager_id,
			       second_visitor_id, backup_id, assigned_on, first_contact_on, closed_on, follow_up_until, version
			from case_file""";

	private final JdbcClient jdbc;

	CaseFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Opens the case, waiting for assignment, inside the transaction of the decision (a
	 * plain, synchronous listener): acceptance and case stand or fall together. A
	 * referral opens one case at most (unique index); a second attempt fails the decision
	 * instead of creating a double.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(ReferralAccepted accepted) {
		jdbc.sql("""
				insert into case_file (id, municipality_id, team_id, household_id, referral_id, stage, opened_on)
				values (:id, :m, :t, :h, :r, :stage, :opened)""")
			.param("id", UUID.randomUUID())
			.param("m", accepted.municipalityId())
			.param("t", accepted.teamId())
			.param("h", accepted.householdId())
			.param("r", accepted.referralId())
			.param("stage", CaseStage.AWAITING_ASSIGNMENT.name())
			.param("opened", accepted.acceptedOn())
			.update();
	}

	Optional<CaseFile> find(UUID id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query((rs, n) -> caseFile(rs)).optional();
	}

	/** Loads the case to change it, holding its row until the transaction ends. */
	Optional<CaseFile> lockForChange(UUID id) {
		return jdbc.sql(SELECT + " where id = :id for update")
			.param("id", id)
			.query((rs, n) -> caseFile(rs))
			.optional();
	}

	/** Cases of the team in these stages (for the scheduled job and the agenda). */
	List<CaseFile> inStage(CaseStage stage) {
		return jdbc.sql(SELECT + " where stage = :stage")
			.param("stage", stage.name())
			.query((rs, n) -> caseFile(rs))
			.list();
	}

	/**
	 * Stores the case as changed, on the version it was loaded (or shown) with, and
	 * appends its history.
	 * @throws OptimisticLockingFailureException when someone else changed it first
	 */
	void save(CaseFile file, int onVersion, UUID byUser, String byName, Instant at) {
		int updated = jdbc.sql("""
				update case_file set stage = :stage, case_manager_id = :cm, second_visitor_id = :second,
				    backup_id = :backup, assigned_on = :assigned, first_contact_on = :contact, closed_on = :closed,
				    follow_up_until = :until, version = version + 1
				where id = :id and version = :version""")
			.param("stage", file.stage().name())
			.param("cm", file.roles().caseManager())
			.param("second", file.roles().secondVisitor())
			.param("backup", file.roles().backup())
			.param("assigned", file.assignedOn())
			.param("contact", file.firstContactOn())
			.param("closed", file.closedOn())
			.param("until", file.followUpUntil())
			.param("id", file.id())
			.param("version", onVersion)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("case " + file.id() + " changed since version " + onVersion);
		}
		file.takeHistory().forEach(entry -> history(file, entry, byUser, byName, at));
	}

	/** A line in the history that is no change of the aggregate (a contact, a signal). */
	void history(CaseFile file, CaseFile.HistoryEntry entry, UUID byUser, String byName, Instant at) {
		jdbc.sql("""
				insert into case_history (id, municipality_id, case_id, kind, from_stage, to_stage, text, by_user,
				    by_name, at)
				values (:id, :m, :c, :kind, :from, :to, :text, :by, :name, :at)""")
			.param("id", UUID.randomUUID())
			.param("m", file.municipalityId())
			.param("c", file.id())
			.param("kind", entry.kind())
			.param("from", entry.fromStage() == null ? null : entry.fromStage().name())
			.param("to", entry.toStage() == null ? null : entry.toStage().name())
			.param("text", entry.text())
			.param("by", byUser)
			.param("name", byName)
			.param("at", Timestamp.from(at))
			.update();
	}

	private static CaseFile caseFile(ResultSet rs) throws SQLException {
		return new CaseFile(rs.getObject("id", UUID.class), rs.getObject("municipality_id", UUID.class),
				rs.getObject("team_id", UUID.class), rs.getObject("household_id", UUID.class),
				rs.getObject("referral_id", UUID.class), rs.getObject("opened_on", LocalDate.class),
				CaseStage.valueOf(rs.getString("stage")),
				new CaseFile.Roles(rs.getObject("case_manager_id", UUID.class),
						rs.getObject("second_visitor_id", UUID.class), rs.getObject("backup_id", UUID.class)),
				rs.getObject("assigned_on", LocalDate.class), rs.getObject("first_contact_on", LocalDate.class),
				rs.getObject("closed_on", LocalDate.class), rs.getObject("follow_up_until", LocalDate.class),
				rs.getInt("version"));
	}

	@Override
	public boolean hasOpenCase(UUID householdId) {
		return jdbc.sql("select exists (select 1 from case_file where household_id = :h and stage in (:open))")
			.param("h", householdId)
			.param("open", openStageNames())
			.query(Boolean.class)
			.single();
	}

	@Override
	public Set<UUID> householdsWithCaseOf(UUID teamId, Collection<UUID> householdIds) {
		if (householdIds.isEmpty()) {
			return Set.of();
		}
		return Set
			.copyOf(jdbc.sql("select distinct household_id from case_file where team_id = :t and household_id in (:h)")
				.param("t", teamId)
				.param("h", householdIds)
				.query(UUID.class)
				.list());
	}

	@Override
	public Set<UUID> teamsWithCaseOf(UUID householdId) {
		return Set.copyOf(jdbc.sql("select distinct team_id from case_file where household_id = :h")
			.param("h", householdId)
			.query(UUID.class)
			.list());
	}

	@Override
	public int openCaseCount(UUID teamId) {
		return jdbc.sql("select count(*) from case_file where team_id = :t and stage in (:open)")
			.param("t", teamId)
			.param("open", openStageNames())
			.query(Integer.class)
			.single();
	}

	private static List<String> openStageNames() {
		return CaseStage.OPEN.stream().map(Enum::name).toList();
	}

}
