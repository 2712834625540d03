package nl.regie.identity;

import java.util.Collection;
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

}
