package nl.regie.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Local user accounts and their roles.
 */
@Repository
class Accounts {

	private final JdbcClient jdbc;

	Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Account> findByUsername(String username) {
		return jdbc.sql("""
				select id, municipality_id, username, display_name, password_hash, team_id, enabled
				from user_account where username = :username""")
			.param("username", username)
			.query((rs, n) -> new Account(rs.getObject("id", UUID.class), rs.getObject("municipality_id", UUID.class),
					rs.getString("username"), rs.getString("display_name"), rs.getString("password_hash"),
					rs.getObject("team_id", UUID.class), rs.getBoolean("enabled"), Set.of()))
			.optional()
			.map(account -> account.withRoles(rolesOf(account.id())));
	}

	Set<Role> rolesOf(UUID accountId) {
		List<Role> roles = jdbc.sql("select role from user_role where user_id = :id")
			.param("id", accountId)
			.query((rs, n) -> Role.valueOf(rs.getString("role")))
			.list();
		return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
	}

	/**
	 * A local account as stored; the password hash never leaves this module.
	 */
	record Account(UUID id, UUID municipalityId, String username, String displayName, String passwordHash,
			UUID teamId, boolean enabled, Set<Role> roles) {

		Account withRoles(Set<Role> newRoles) {
			return new Account(id, municipalityId, username, displayName, passwordHash, teamId, enabled, newRoles);
		}

		CurrentUser toCurrentUser() {
			return new CurrentUser(id, username, displayName, municipalityId, teamId, roles);
		}

	}

}
