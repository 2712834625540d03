package nl.regie.organisation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import nl.regie.identity.AccountDirectory;
import nl.regie.identity.CurrentUser;
import nl.regie.identity.Role;
import nl.regie.identity.SecurityEvent;
import nl.regie.platform.access.AccessDecision;
import nl.regie.platform.domain.NotFound;
import nl.regie.platform.domain.StateConflict;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a team's leader who was given a role in the team: a functional administrator sees
 * no case content, but an account they make in a team reads what the team reads. Each
 * account created in a team leaves a notice, in the transaction that creates it, which
 * stays on the team leader's pages until a team leader of the team has seen it.
 */
@Component
class TeamAccessNotices {

	/** The newest notices a team leader sees; older ones are in the audit log. */
	static final int SHOWN = 50;

	private final JdbcClient jdbc;

	private final AccountDirectory accounts;

	private final Clock clock;

	TeamAccessNotices(JdbcClient jdbc, AccountDirectory accounts, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * @param account whose roles, by name; granted by whom, by name
	 */
	record Notice(UUID id, String account, List<Role> roles, String grantedBy, Instant grantedAt, String seenBy,
			Instant seenAt) {
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(SecurityEvent.AccountCreated created) {
		if (created.teamId() == null) {
			return;
		}
		jdbc.sql("""
				insert into team_access_notice (id, municipality_id, team_id, account_id, roles, granted_by, granted_at)
				values (:id, :m, :t, :a, :roles, :by, :at)""")
			.param("id", UUID.randomUUID())
			.param("m", created.municipalityId())
			.param("t", created.teamId())
			.param("a", created.accountId())
			.param("roles", String.join(",", created.roles().stream().map(Role::name).sorted().toList()))
			.param("by", created.administratorId())
			.param("at", Timestamp.from(clock.instant()))
			.update();
	}

	/** Whom the notices are for: the team leaders of the team. */
	static AccessDecision readers(CurrentUser user) {
		return user.has(Role.TEAM_LEADER) && user.teamId() != null ? AccessDecision.allowed()
				: AccessDecision.refused("access.teamNotices.leaderOnly");
	}

	int unseen(UUID teamId) {
		return jdbc.sql("select count(*) from team_access_notice where team_id = :t and seen_at is null")
			.param("t", teamId)
			.query(Integer.class)
			.single();
	}

	List<Notice> of(CurrentUser user) {
		readers(user).orRefuse();
		record Row(UUID id, UUID account, String roles, UUID grantedBy, Instant grantedAt, String seenBy,
				Instant seenAt) {
		}
		List<Row> rows = jdbc.sql("""
				select id, account_id, roles, granted_by, granted_at, seen_by, seen_at from team_access_notice
				where team_id = :t order by (seen_at is null) desc, granted_at desc limit :n""")
			.param("t", user.teamId())
			.param("n", SHOWN)
			.query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getObject(4, UUID.class), rs.getTimestamp(5).toInstant(), rs.getString(6),
					rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
			.list();
		Map<UUID, String> names = accounts
			.displayNames(rows.stream().flatMap(row -> Stream.of(row.account(), row.grantedBy())).toList());
		return rows.stream()
			.map(row -> new Notice(row.id(), names.getOrDefault(row.account(), "–"),
					Arrays.stream(row.roles().split(",")).map(Role::valueOf).toList(),
					names.getOrDefault(row.grantedBy(), "–"), row.grantedAt(), row.seenBy(), row.seenAt()))
			.toList();
	}

	/**
	 * @throws StateConflict when a team leader saw it already
	 */
	@Transactional
	void seen(CurrentUser user, UUID noticeId) {
		readers(user).orRefuse();
		int marked = jdbc.sql("""
				update team_access_notice set seen_by = :by, seen_at = :at
				where id = :id and team_id = :t and seen_at is null""")
			.param("by", user.displayName())
			.param("at", Timestamp.from(clock.instant()))
			.param("id", noticeId)
			.param("t", user.teamId())
			.update();
		if (marked == 0) {
			boolean ofTheTeam = jdbc
				.sql("select exists (select 1 from team_access_notice where id = :id and team_id = :t)")
				.param("id", noticeId)
				.param("t", user.teamId())
				.query(Boolean.class)
				.single();
			throw ofTheTeam ? new StateConflict("teamNotices.seenAlready") : new NotFound();
		}
	}

}
