package nl.regie.organisation;

import java.util.UUID;

import nl.regie.identity.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A second municipality next to the demo's Amsterdam, written straight into the tables,
 * with one area, one team and accounts as a test needs them. Names get a random suffix
 * because all tests share one database.
 */
public final class OtherMunicipality {

	public static final String PASSWORD = "andere-gemeente";

	public final UUID id = UUID.randomUUID();

	final UUID areaId = UUID.randomUUID();

	public final UUID teamId = UUID.randomUUID();

	final String suffix = UUID.randomUUID().toString().substring(0, 8);

	private int accounts;

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private OtherMunicipality(JdbcClient jdbc, PasswordEncoder passwords) {
		this.jdbc = jdbc;
		this.passwords = passwords;
	}

	/** Nieuwegein, with a woonservicezone and a team working in it. */
	public static OtherMunicipality nieuwegein(JdbcClient jdbc, PasswordEncoder passwords) {
		OtherMunicipality nieuwegein = new OtherMunicipality(jdbc, passwords);
		UUID level = UUID.randomUUID();
		jdbc.sql("insert into municipality (id, code, name) values (:id, :code, 'Nieuwegein')")
			.param("id", nieuwegein.id)
			.param("code", "t" + nieuwegein.suffix)
			.update();
		jdbc.sql("insert into area_level (id, municipality_id, depth, name) values (:id, :m, 1, 'Woonservicezone')")
			.param("id", level)
			.param("m", nieuwegein.id)
			.update();
		jdbc.sql("insert into area (id, municipality_id, level_id, name) values (:id, :m, :l, 'Noord')")
			.param("id", nieuwegein.areaId)
			.param("m", nieuwegein.id)
			.param("l", level)
			.update();
		jdbc.sql("insert into team (id, municipality_id, area_id, name) values (:id, :m, :a, 'Buurtteam Noord')")
			.param("id", nieuwegein.teamId)
			.param("m", nieuwegein.id)
			.param("a", nieuwegein.areaId)
			.update();
		return nieuwegein;
	}

	/**
	 * @return the username of a new account with the role in this municipality's team
	 */
	public String account(Role role) {
		UUID user = UUID.randomUUID();
		String username = role.name().toLowerCase() + "-" + suffix + "-" + ++accounts;
		jdbc.sql("""
				insert into user_account (id, municipality_id, username, display_name, password_hash, team_id)
				values (:id, :m, :u, 'Ans de Vries', :p, :t)""")
			.param("id", user)
			.param("m", id)
			.param("u", username)
			.param("p", passwords.encode(PASSWORD))
			.param("t", role == Role.FUNCTIONAL_ADMINISTRATOR ? null : teamId)
			.update();
		jdbc.sql("insert into user_role (user_id, municipality_id, role) values (:u, :m, :r)")
			.param("u", user)
			.param("m", id)
			.param("r", role.name())
			.update();
		return username;
	}

	int membersOfTeam() {
		return jdbc.sql("select count(*) from team_member where team_id = :t")
			.param("t", teamId)
			.query(Integer.class)
			.single();
	}

	String teamName() {
		return jdbc.sql("select name from team where id = :t").param("t", teamId).query(String.class).single();
	}

}
