package nl.regie.bench.generate;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Module {@code identity}: an account with its roles for every worker of every team and
 * for each municipality's functional administrator, privacy officer and policy officer.
 * One bcrypt hash, made once, serves every account: bcrypt per account would cost more
 * than the whole city.
 */
final class IdentityStep implements GeneratorStep {

	/** The password of every generated account (the load driver logs in with it). */
	public static final String PASSWORD = "regie-bench-wachtwoord";

	@Override
	public void prepare(City city, CopyTables tables) {
		String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD);
		CopyTables.Table accounts = tables.table("user_account",
				"id, municipality_id, username, display_name, password_hash, team_id");
		CopyTables.Table roles = tables.table("user_role", "user_id, municipality_id, role");
		for (City.User user : users(city)) {
			accounts.row(user.id(), user.municipalityId(), user.username(), user.displayName(), hash, user.teamId());
			for (String role : user.roles()) {
				roles.row(user.id(), user.municipalityId(), role);
			}
		}
	}

	static List<City.User> users(City city) {
		List<City.User> users = new ArrayList<>();
		for (City.Municipality municipality : city.municipalities) {
			users.addAll(municipality.staff());
			for (City.Team team : municipality.teams()) {
				users.add(team.leader());
				users.add(team.assistant());
				users.addAll(team.caseManagers());
				users.addAll(team.outerRing());
			}
		}
		return users;
	}

}
