package nl.regie.referral;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

import nl.regie.identity.CurrentUser;
import nl.regie.organisation.AreaDirectory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a team can take on another case now. Capacity = FTE of the core team (hours /
 * 36) times the team's maximum open cases per FTE; when the open cases reach it, accepted
 * households go to the waitlist.
 */
@Component
class TeamCapacity {

	static final BigDecimal HOURS_PER_FTE = BigDecimal.valueOf(36);

	private final JdbcClient jdbc;

	private final AreaDirectory areas;

	private final CaseLookup cases;

	private final ReferralAccessPolicy access;

	private final BigDecimal defaultMaxCasesPerFte;

	TeamCapacity(JdbcClient jdbc, AreaDirectory areas, CaseLookup cases, ReferralAccessPolicy access,
			@Value("${regie.waitlist.default-max-cases-per-fte}") BigDecimal defaultMaxCasesPerFte) {
		this.jdbc = jdbc;
		this.areas = areas;
		this.cases = cases;
		this.access = access;
		this.defaultMaxCasesPerFte = defaultMaxCasesPerFte;
	}

	/**
	 * Holds the team's row until the caller's transaction ends, so two accepts at once
	 * count one after the other and cannot both take the last place.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean isFull(UUID teamId) {
		jdbc.sql("select 1 from team where id = :t for update").param("t", teamId).query(Integer.class).single();
		return of(teamId).full();
	}

	Capacity of(UUID teamId) {
		BigDecimal perFte = jdbc.sql("select max_cases_per_fte from team_capacity where team_id = :t")
			.param("t", teamId)
			.query(BigDecimal.class)
			.optional()
			.orElse(defaultMaxCasesPerFte);
		BigDecimal fte = areas.coreTeamHours(teamId).divide(HOURS_PER_FTE, 2, RoundingMode.HALF_UP);
		int max = fte.multiply(perFte).setScale(0, RoundingMode.FLOOR).intValueExact();
		int open = cases.openCaseCount(teamId);
		return new Capacity(fte, perFte, max, open, open >= max);
	}

	@Transactional
	void change(CurrentUser user, BigDecimal maxCasesPerFte) {
		access.teamLeadership(user).orRefuse();
		UUID teamId = user.teamId();
		jdbc.sql("""
				insert into team_capacity (team_id, municipality_id, max_cases_per_fte) values (:t, :m, :max)
				on conflict (team_id) do update set max_cases_per_fte = excluded.max_cases_per_fte,
				    version = team_capacity.version + 1""")
			.param("t", teamId)
			.param("m", user.municipalityId())
			.param("max", maxCasesPerFte)
			.update();
	}

	/**
	 * @param full the open cases reached the maximum: accepted households go to the
	 * waitlist
	 */
	record Capacity(BigDecimal fte, BigDecimal maxCasesPerFte, int maxOpenCases, int openCases, boolean full) {
	}

}
