package nl.regie.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.regie.identity.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An outer-ring specialist's consultations: the cases of their team they are asked in on
 * today, with the team's question and until when. A consultation that ended is gone from
 * the list, as the case's file is gone for them.
 */
@Service
class ConsultationsQuery {

	private final JdbcClient jdbc;

	private final CaseAccessPolicy access;

	private final Clock clock;

	ConsultationsQuery(JdbcClient jdbc, CaseAccessPolicy access, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.clock = clock;
	}

	record Consultation(UUID caseId, UUID householdId, String householdName, String question, LocalDate from,
			LocalDate until) {
	}

	/** Read-write: each household listed is a read, logged with it. */
	@Transactional
	List<Consultation> of(CurrentUser user) {
		access.consultations(user).orRefuse();
		List<Consultation> open = jdbc.sql("""
				select c.id, c.household_id, l.name, k.question, k.from_date, k.until_date
				from case_consultant k
				join case_file c on c.id = k.case_id
				join household_label l on l.household_id = c.household_id
				where k.username = :u and c.team_id = :team and :today between k.from_date and k.until_date
				order by k.until_date, c.id""")
			.param("u", user.username())
			.param("team", user.teamId())
			.param("today", LocalDate.now(clock))
			.query((rs, n) -> new Consultation(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class),
					rs.getObject(6, LocalDate.class)))
			.list();
		access.listed(user, open.stream().map(Consultation::householdId).toList(), "consultations");
		return open;
	}

}
