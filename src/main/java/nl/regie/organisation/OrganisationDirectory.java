package nl.regie.organisation;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Read-only look-ups other modules may use.
 */
@Service
public class OrganisationDirectory {

	private final JdbcClient jdbc;

	OrganisationDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<TeamSummary> team(UUID teamId) {
		return jdbc.sql("""
				select t.id, t.municipality_id, t.name, m.name as municipality_name
				from team t join municipality m on m.id = t.municipality_id where t.id = :id""")
			.param("id", teamId)
			.query((rs, n) -> new TeamSummary(rs.getObject("id", UUID.class),
					rs.getObject("municipality_id", UUID.class), rs.getString("name"),
					rs.getString("municipality_name")))
			.optional();
	}

	public Optional<String> municipalityName(UUID municipalityId) {
		return jdbc.sql("select name from municipality where id = :id")
			.param("id", municipalityId)
			.query(String.class)
			.optional();
	}

	/** The municipality's CBS code, e.g. {@code 0363} for Amsterdam. */
	public Optional<String> municipalityCode(UUID municipalityId) {
		return jdbc.sql("select code from municipality where id = :id")
			.param("id", municipalityId)
			.query(String.class)
			.optional();
	}

}
