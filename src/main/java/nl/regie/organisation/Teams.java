package nl.regie.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntSupplier;

import nl.regie.platform.domain.InvalidInput;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores teams and their members; every query is scoped to one municipality, so an id
 * from another municipality simply finds nothing.
 */
@Repository
class Teams {

	private final JdbcClient jdbc;

	Teams(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One query for the overview: member counts per position are counted in it, per team
	 * through team_member_by_team, so the cost follows the municipality's teams (a join
	 * with an aggregate read every team member of the installation: BENCHMARKS.md).
	 */
	List<TeamRow> rowsOf(UUID municipalityId) {
		return jdbc.sql("""
				select t.id, t.name, t.area_id,
				       (select count(*) from team_member m where m.team_id = t.id and m.position = 'CORE') as core,
				       (select count(*) from team_member m where m.team_id = t.id and m.position = 'OUTER_RING')
				           as outer_ring
				from team t
				where t.municipality_id = :m
				order by t.name""")
			.param("m", municipalityId)
			.query((rs, n) -> new TeamRow(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getObject("area_id", UUID.class), rs.getInt("core"), rs.getInt("outer_ring")))
			.list();
	}

	Optional<Team> find(UUID municipalityId, UUID teamId) {
		return jdbc.sql("select id, area_id, name, version from team where id = :id and municipality_id = :m")
			.param("id", teamId)
			.param("m", municipalityId)
			.query((rs, n) -> new Team(rs.getObject("id", UUID.class), rs.getObject("area_id", UUID.class),
					rs.getString("name"), rs.getInt("version")))
			.optional();
	}

	void add(UUID municipalityId, Team team) {
		refuseTakenName(() -> jdbc.sql("insert into team (id, municipality_id, area_id, name) values (:id, :m, :a, :n)")
			.param("id", team.id())
			.param("m", municipalityId)
			.param("a", team.areaId())
			.param("n", team.name())
			.update());
	}

	/**
	 * @return false when somebody else changed the team since {@code team.version()}
	 */
	boolean update(UUID municipalityId, Team team) {
		int changed = refuseTakenName(() -> jdbc.sql("""
				update team set name = :n, version = version + 1
				where id = :id and municipality_id = :m and version = :v""")
			.param("n", team.name())
			.param("id", team.id())
			.param("m", municipalityId)
			.param("v", team.version())
			.update());
		return changed == 1;
	}

	List<TeamMember> membersOf(UUID municipalityId, UUID teamId) {
		return jdbc.sql("""
				select id, team_id, name, position, home_organisation, discipline, hours_per_week
				from team_member where team_id = :t and municipality_id = :m order by name""")
			.param("t", teamId)
			.param("m", municipalityId)
			.query((rs, n) -> member(rs))
			.list();
	}

	Optional<TeamMember> member(UUID municipalityId, UUID teamId, UUID memberId) {
		return jdbc.sql("""
				select id, team_id, name, position, home_organisation, discipline, hours_per_week
				from team_member where id = :id and team_id = :t and municipality_id = :m""")
			.param("id", memberId)
			.param("t", teamId)
			.param("m", municipalityId)
			.query((rs, n) -> member(rs))
			.optional();
	}

	void add(UUID municipalityId, TeamMember member) {
		jdbc.sql("""
				insert into team_member (id, municipality_id, team_id, name, position, home_organisation, discipline,
				    hours_per_week)
				values (:id, :m, :t, :name, :position, :home, :discipline, :hours)""")
			.param("id", member.id())
			.param("m", municipalityId)
			.param("t", member.teamId())
			.param("name", member.name())
			.param("position", member.position().name())
			.param("home", member.homeOrganisation())
			.param("discipline", member.discipline())
			.param("hours", member.hoursPerWeek())
			.update();
	}

	void remove(UUID municipalityId, TeamMember member) {
		jdbc.sql("delete from team_member where id = :id and team_id = :t and municipality_id = :m")
			.param("id", member.id())
			.param("t", member.teamId())
			.param("m", municipalityId)
			.update();
	}

	private static TeamMember member(ResultSet rs) throws SQLException {
		return new TeamMember(rs.getObject("id", UUID.class), rs.getObject("team_id", UUID.class), rs.getString("name"),
				TeamPosition.valueOf(rs.getString("position")), rs.getString("home_organisation"),
				rs.getString("discipline"), rs.getBigDecimal("hours_per_week"));
	}

	/**
	 * The database keeps team names unique per municipality, also under concurrent saves.
	 */
	private static int refuseTakenName(IntSupplier statement) {
		try {
			return statement.getAsInt();
		}
		catch (DuplicateKeyException taken) {
			throw InvalidInput.of("name", "team.name.taken");
		}
	}

}
