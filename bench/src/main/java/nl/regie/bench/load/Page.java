package nl.regie.bench.load;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * One core page or API call the benchmark loads and measures: who asks for it, how, and
 * with which parameters. {@link Pages#ALL} lists them, one entry per page.
 *
 * @param name the row in the results table
 * @param module the module that serves it
 * @param role the role of the generated users who ask for it
 * @param door a screen (form login, session cookie, CSRF token) or the API (bearer token)
 * @param status the answer that counts as a success
 * @param targets which requests to send, drawn from the generated city
 */
public record Page(String name, String module, String role, Door door, String method, int status, Targets targets) {

	public enum Door {

		SCREEN, API

	}

	static Page screen(String name, String module, String role, Targets targets) {
		return new Page(name, module, role, Door.SCREEN, "GET", 200, targets);
	}

	static Page screenPost(String name, String module, String role, Targets targets) {
		return new Page(name, module, role, Door.SCREEN, "POST", 200, targets);
	}

	static Page api(String name, String module, String role, Targets targets) {
		return new Page(name, module, role, Door.API, "GET", 200, targets);
	}

	static Page apiPost(String name, String module, String role, int status, Targets targets) {
		return new Page(name, module, role, Door.API, "POST", status, targets);
	}

	/**
	 * One request: as which user, to which path, with which body. In a screen's form body
	 * {@value #CSRF} stands for the user's CSRF token.
	 */
	public record Target(String username, String path, String body) {

		static Target get(String username, String path) {
			return new Target(username, path, null);
		}

	}

	public static final String CSRF = "{csrf}";

	/** Draws the requests from the database, for up to {@code users} different users. */
	@FunctionalInterface
	public interface Targets {

		List<Target> draw(Connection db, String role, int users) throws SQLException;

	}

}
