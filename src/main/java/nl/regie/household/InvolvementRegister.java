package nl.regie.household;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is involved with a household, per household; the coordination check reads it.
 * Callers check who may see or change it.
 */
@Service
public class InvolvementRegister {

	private final JdbcClient jdbc;

	private final Clock clock;

	InvolvementRegister(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public List<Involvement> of(UUID municipalityId, UUID householdId) {
		return jdbc.sql("""
				select id, organisation, professional, role, since, lead_agency from household_involvement
				where municipality_id = :m and household_id = :h order by lead_agency desc, recorded_at""")
			.param("m", municipalityId)
			.param("h", householdId)
			.query(Involvement.class)
			.list();
	}

	@Transactional
	public UUID record(UUID municipalityId, UUID householdId, Involvement involvement) {
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into household_involvement
						    (id, municipality_id, household_id, organisation, professional, role, since, lead_agency, recorded_at)
						values (:id, :m, :h, :organisation, :professional, :role, :since, :lead, :now)""")
			.param("id", id)
			.param("m", municipalityId)
			.param("h", householdId)
			.param("organisation", involvement.organisation().strip())
			.param("professional", involvement.professional())
			.param("role", involvement.role().strip())
			.param("since", involvement.since())
			.param("lead", involvement.leadAgency())
			.param("now", Timestamp.from(clock.instant()))
			.update();
		return id;
	}

}
