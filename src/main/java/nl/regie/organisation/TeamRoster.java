package nl.regie.organisation;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.regie.identity.AccountDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is in a team, for the modules that plan work on them: assignment, caseload, team
 * meetings. Two queries for a whole team, whatever its size.
 */
@Service
public class TeamRoster {

	private static final String SELECT = """
			select m.id, m.team_id, m.municipality_id, m.name, m.position, m.home_organisation, m.discipline,
			       m.hours_per_week, m.username,
			       array(select e.expertise from team_member_expertise e where e.member_id = m.id) as expertise
			from team_member m""";

	private final JdbcClient jdbc;

	private final AccountDirectory accounts;

	TeamRoster(JdbcClient jdbc, AccountDirectory accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	/** The team's members, by name. */
	@Transactional(readOnly = true)
	public List<RosterMember> members(UUID teamId) {
		return withAccounts(jdbc.sql(SELECT + " where m.team_id = :t order by m.name")
			.param("t", teamId)
			.query((rs, n) -> new Row(rs.getObject("municipality_id", UUID.class),
					member(rs.getObject("id", UUID.class), rs.getObject("team_id", UUID.class), rs.getString("name"),
							rs.getString("position"), rs.getString("home_organisation"), rs.getString("discipline"),
							rs.getBigDecimal("hours_per_week"), rs.getString("username"), rs.getArray("expertise"))))
			.list());
	}

	public Optional<RosterMember> member(UUID teamId, UUID memberId) {
		return members(teamId).stream().filter(member -> member.id().equals(memberId)).findFirst();
	}

	/** The member that is this account in the team, if the account is linked to one. */
	public Optional<RosterMember> memberFor(UUID teamId, String username) {
		return members(teamId).stream().filter(member -> Objects.equals(member.username(), username)).findFirst();
	}

	/** The team member ids of an account in its team: "my" cases are theirs. */
	public List<UUID> memberIdsOf(UUID teamId, String username) {
		return jdbc.sql("select id from team_member where team_id = :t and username = :u")
			.param("t", teamId)
			.param("u", username)
			.query(UUID.class)
			.list();
	}

	public LocalDate foundedOn(UUID teamId) {
		return jdbc.sql("select founded_on from team where id = :t").param("t", teamId).query(LocalDate.class).single();
	}

	private List<RosterMember> withAccounts(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Set<String> active = accounts.activeUsernames(rows.get(0).municipalityId(),
				rows.stream().map(row -> row.member().username()).filter(Objects::nonNull).toList());
		return rows.stream().map(row -> {
			RosterMember m = row.member();
			return new RosterMember(m.id(), m.teamId(), m.name(), m.position(), m.homeOrganisation(), m.discipline(),
					m.hoursPerWeek(), m.username(), m.username() != null && active.contains(m.username()),
					m.expertise());
		}).toList();
	}

	private static RosterMember member(UUID id, UUID team, String name, String position, String home, String discipline,
			BigDecimal hours, String username, Array expertise) throws SQLException {
		return new RosterMember(id, team, name, TeamPosition.valueOf(position), home, discipline, hours, username,
				false, expertise == null ? Set.of() : Set.copyOf(Arrays.asList((String[]) expertise.getArray())));
	}

	private record Row(UUID municipalityId, RosterMember member) {
	}

}
