package nl.regie.organisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * This module's part of the demo data ({@code demo} profile only): the municipality, its
 * area hierarchy and a team, written through the module's own repositories. The demo
 * module decides what to create and in which order.
 */
@Component
@Profile("demo")
@Transactional(propagation = Propagation.MANDATORY)
public class OrganisationDemoData {

	private final JdbcClient jdbc;

	private final Areas areas;

	private final Teams teams;

	OrganisationDemoData(JdbcClient jdbc, Areas areas, Teams teams) {
		this.jdbc = jdbc;
		this.areas = areas;
		this.teams = teams;
	}

	public boolean municipalityExists(String code) {
		return jdbc.sql("select exists (select 1 from municipality where code = :code)")
			.param("code", code)
			.query(Boolean.class)
			.single();
	}

	public UUID municipality(String code, String name) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into municipality (id, code, name) values (:id, :code, :name)")
			.param("id", id)
			.param("code", code)
			.param("name", name)
			.update();
		return id;
	}

	public UUID level(UUID municipality, int depth, String name) {
		AreaLevel level = new AreaLevel(UUID.randomUUID(), depth, name);
		areas.add(municipality, level);
		return level.id();
	}

	public UUID area(UUID municipality, UUID level, UUID parent, String name) {
		Area area = new Area(UUID.randomUUID(), level, parent, name);
		areas.add(municipality, area);
		return area.id();
	}

	/** Postcodes whose four digits lie in the range belong to the area. */
	public void postcodes(UUID municipality, UUID area, int fromDigits, int toDigits) {
		jdbc.sql("""
				insert into area_postcode_range (id, municipality_id, area_id, from_digits, to_digits)
				values (:id, :m, :a, :from, :to)""")
			.param("id", UUID.randomUUID())
			.param("m", municipality)
			.param("a", area)
			.param("from", fromDigits)
			.param("to", toDigits)
			.update();
	}

	public UUID team(UUID municipality, UUID area, String name, LocalDate foundedOn) {
		Team team = new Team(UUID.randomUUID(), area, name, 0);
		teams.add(municipality, team);
		jdbc.sql("update team set founded_on = :d where id = :id")
			.param("d", foundedOn)
			.param("id", team.id())
			.update();
		return team.id();
	}

	/**
	 * @param hoursPerWeek {@code null} for the outer ring
	 * @param username the account of the member, when they sign in to Regie
	 */
	public void member(UUID municipality, UUID team, String name, TeamPosition position, String homeOrganisation,
			String discipline, Integer hoursPerWeek, String username, List<String> expertise) {
		TeamMember member = new TeamMember(UUID.randomUUID(), team, name, position, homeOrganisation, discipline,
				hoursPerWeek == null ? null : BigDecimal.valueOf(hoursPerWeek));
		teams.add(municipality, member);
		jdbc.sql("update team_member set username = :u where id = :id")
			.param("u", username)
			.param("id", member.id())
			.update();
		expertise.forEach(code -> jdbc
			.sql("insert into team_member_expertise (member_id, municipality_id, expertise) values (:id, :m, :e)")
			.param("id", member.id())
			.param("m", municipality)
			.param("e", code)
			.update());
	}

}
