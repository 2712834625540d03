package nl.regie.casefile;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.regie.referral.CaseLookup;
import nl.regie.referral.ReferralAccepted;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens the case of every accepted referral and answers what screening needs to know
 * about cases ({@link CaseLookup}).
 */
@Service
class CaseFiles implements CaseLookup {

	/** Stages in which a case takes the team's time. */
	static final List<CaseStage> OPEN = List.of(CaseStage.AWAITING_ASSIGNMENT, CaseStage.OUTREACH, CaseStage.ACTIVE,
			CaseStage.CLOSING);

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
		return OPEN.stream().map(Enum::name).toList();
	}

}
