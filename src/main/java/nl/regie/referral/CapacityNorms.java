package nl.regie.referral;

import java.math.BigDecimal;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The team's capacity norm (open cases per FTE of the core team), which the waitlist is
 * built on, for the modules that measure caseload against it.
 */
@Service
public class CapacityNorms {

	private final TeamCapacity capacity;

	private final JdbcClient jdbc;

	CapacityNorms(TeamCapacity capacity, JdbcClient jdbc) {
		this.capacity = capacity;
		this.jdbc = jdbc;
	}

	/** Households of the team on the waitlist. */
	public int waitlisted(UUID teamId) {
		return jdbc.sql("select count(*) from referral where team_id = :t and status = 'WAITLISTED'")
			.param("t", teamId)
			.query(Integer.class)
			.single();
	}

	public BigDecimal maxCasesPerFte(UUID teamId) {
		return capacity.of(teamId).maxCasesPerFte();
	}

	/** Hours per week that make one FTE. */
	public static BigDecimal hoursPerFte() {
		return TeamCapacity.HOURS_PER_FTE;
	}

}
