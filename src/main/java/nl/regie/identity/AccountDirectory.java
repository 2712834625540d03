package nl.regie.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What other modules may know of accounts: an account's id by its username, the names to
 * show next to ids (the audit log shows who read a file), and which usernames can still
 * sign in (a deactivated account cannot take on work, e.g. become a case manager).
 */
@Service
public class AccountDirectory {

	private final JdbcClient jdbc;

	AccountDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<UUID> idOf(UUID municipalityId, String username) {
		return jdbc.sql("select id from user_account where municipality_id = :m and username = :u")
			.param("m", municipalityId)
			.param("u", username.strip().toLowerCase())
			.query(UUID.class)
			.optional();
	}

	public Map<UUID, String> displayNames(Collection<UUID> accountIds) {
		if (accountIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select id, display_name from user_account where id in (:ids)")
			.param("ids", accountIds)
			.query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("display_name")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Of these usernames, the ones of enabled accounts of the municipality. */
	public Set<String> activeUsernames(UUID municipalityId, Collection<String> usernames) {
		if (usernames.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc
			.sql("select username from user_account where municipality_id = :m and enabled and username in (:u)")
			.param("m", municipalityId)
			.param("u", usernames)
			.query(String.class)
			.list());
	}

	/** An enabled account that has a role: who can be chosen for work of that role. */
	public record Holder(UUID accountId, String displayName) {
	}

	/** The municipality's enabled accounts with this role, by name. */
	public List<Holder> withRole(UUID municipalityId, Role role) {
		return jdbc.sql("""
				select a.id, a.display_name from user_account a join user_role r on r.user_id = a.id
				where a.municipality_id = :m and a.enabled and r.role = :role order by a.display_name""")
			.param("m", municipalityId)
			.param("role", role.name())
			.query((rs, n) -> new Holder(rs.getObject(1, UUID.class), rs.getString(2)))
			.list();
	}

	/** Whether the account is enabled, of the municipality and has the role. */
	public boolean holds(UUID municipalityId, UUID accountId, Role role) {
		return jdbc.sql("""
				select exists (select 1 from user_account a join user_role r on r.user_id = a.id
				    where a.id = :a and a.municipality_id = :m and a.enabled and r.role = :role)""")
			.param("a", accountId)
			.param("m", municipalityId)
			.param("role", role.name())
			.query(Boolean.class)
			.single();
	}

}
