package nl.regie.identity;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What other modules may ask about accounts: which of these usernames can still sign in.
 * A deactivated account cannot take on work, e.g. become a case manager.
 */
@Service
public class AccountDirectory {

	private final JdbcClient jdbc;

	AccountDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
