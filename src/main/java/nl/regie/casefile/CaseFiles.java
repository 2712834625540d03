package nl.regie.casefile;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens case files and answers what other modules need to know about them: whether a
 * household has an open case and how many open cases a team carries.
 */
@Service
public class CaseFiles {

	/** Stages in which a case takes the team's time. */
	static final List<CaseStage> OPEN = List.of(CaseStage.AWAITING_ASSIGNMENT, CaseStage.OUTREACH, CaseStage.ACTIVE,
			CaseStage.CLOSING);

	private final JdbcClient jdbc;

	CaseFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Opens the case of an accepted referral, in the caller's transaction so that the
	 * acceptance and its case stand or fall together. A referral opens one case at most
	 * (unique index); a second attempt fails instead of creating a double.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID openAwaitingAssignment(UUID municipalityId, UUID teamId, UUID householdId, UUID referralId,
			LocalDate openedOn) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into case_file (id, municipality_id, team_id, household_id, referral_id, stage, opened_on)
				values (:id, :m, :t, :h, :r, :stage, :opened)""")
			.param("id", id)
			.param("m", municipalityId)
			.param("t", teamId)
			.param("h", householdId)
			.param("r", referralId)
			.param("stage", CaseStage.AWAITING_ASSIGNMENT.name())
			.param("opened", openedOn)
			.update();
		return id;
	}

	public boolean hasOpenCase(UUID householdId) {
		return jdbc.sql("select exists (select 1 from case_file where household_id = :h and stage in (:open))")
			.param("h", householdId)
			.param("open", openStageNames())
			.query(Boolean.class)
			.single();
	}

	/** Of these households, the ones that have (or had) a case of the team. */
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

	/** The teams that have (or had) a case of the household. */
	public Set<UUID> teamsWithCaseOf(UUID householdId) {
		return Set.copyOf(jdbc.sql("select distinct team_id from case_file where household_id = :h")
			.param("h", householdId)
			.query(UUID.class)
			.list());
	}

	public int openCaseCount(UUID teamId) {
		return jdbc.sql("select count(*) from case_file where team_id = :t and stage in (:open)")
			.param("t", teamId)
			.param("open", openStageNames())
			.query(Integer.class)
			.single();
	}

	private static List<String> openStageNames() {
		return OPEN.stream().map(Enum::name).toList();
	}

}
