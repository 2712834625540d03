package nl.regie.identity;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Local user accounts and their roles. Queries for the administration screens are scoped
 * to one municipality, so an id from another municipality simply finds nothing.
 */
@Repository
class Accounts {

	private static final String SELECT = """
			select a.id, a.municipality_id, a.username, a.display_name, a.password_hash, a.team_id, a.enabled,
			       a.version, array(select r.role from user_role r where r.user_id = a.id) as roles
			from user_account a""";

	private final JdbcClient jdbc;

	Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Account> findByUsername(String username) {
		return jdbc.sql(SELECT + " where a.username = :username")
			.param("username", username)
			.query((rs, n) -> account(rs))
			.optional();
	}

	Optional<Account> find(UUID municipalityId, UUID accountId) {
		return jdbc.sql(SELECT + " where a.id = :id and a.municipality_id = :m")
			.param("id", accountId)
			.param("m", municipalityId)
			.query((rs, n) -> account(rs))
			.optional();
	}

	/** One query per page: roles come along as an array, not one query per account. */
	List<Account> page(UUID municipalityId, long offset, int size) {
		return jdbc.sql(SELECT + " where a.municipality_id = :m order by a.username offset :offset limit :size")
			.param("m", municipalityId)
			.param("offset", offset)
			.param("size", size)
			.query((rs, n) -> account(rs))
			.list();
	}

	long count(UUID municipalityId) {
		return jdbc.sql("select count(*) from user_account where municipality_id = :m")
			.param("m", municipalityId)
			.query(Long.class)
			.single();
	}

	boolean usernameTaken(String username) {
		return jdbc.sql("select exists (select 1 from user_account where username = :u)")
			.param("u", username)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Whether any account exists, while holding a lock that makes a second instance
	 * starting at the same moment wait for this transaction's answer.
	 */
	boolean anyExistLocked() {
		jdbc.sql("lock table user_account in share row exclusive mode").update();
		return jdbc.sql("select exists (select 1 from user_account)").query(Boolean.class).single();
	}

	boolean anyExist() {
		return jdbc.sql("select exists (select 1 from user_account)").query(Boolean.class).single();
	}

	void add(Account account) {
		jdbc.sql("""
				insert into user_account (id, municipality_id, username, display_name, password_hash, team_id, enabled)
				values (:id, :m, :username, :displayName, :hash, :team, :enabled)""")
			.param("id", account.id())
			.param("m", account.municipalityId())
			.param("username", account.username())
			.param("displayName", account.displayName())
			.param("hash", account.passwordHash())
			.param("team", account.teamId())
			.param("enabled", account.enabled())
			.update();
		for (Role role : account.roles()) {
			jdbc.sql("insert into user_role (user_id, municipality_id, role) values (:u, :m, :r)")
				.param("u", account.id())
				.param("m", account.municipalityId())
				.param("r", role.name())
				.update();
		}
	}

	/**
	 * @return false when somebody else changed the account since
	 * {@code account.version()}
	 */
	boolean update(Account account) {
		return jdbc.sql("""
				update user_account set enabled = :enabled, password_hash = :hash, version = version + 1
				where id = :id and municipality_id = :m and version = :v""")
			.param("enabled", account.enabled())
			.param("hash", account.passwordHash())
			.param("id", account.id())
			.param("m", account.municipalityId())
			.param("v", account.version())
			.update() == 1;
	}

	private static Account account(ResultSet rs) throws SQLException {
		return new Account(rs.getObject("id", UUID.class), rs.getObject("municipality_id", UUID.class),
				rs.getString("username"), rs.getString("display_name"), rs.getString("password_hash"),
				rs.getObject("team_id", UUID.class), rs.getBoolean("enabled"), rs.getInt("version"),
				roles(rs.getArray("roles")));
	}

	private static Set<Role> roles(Array array) throws SQLException {
		List<Role> roles = Arrays.stream((String[]) array.getArray()).map(Role::valueOf).toList();
		return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
	}

}
