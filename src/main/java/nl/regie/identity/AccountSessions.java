package nl.regie.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every way an account is signed in. Sessions and tokens live in PostgreSQL, so this
 * takes effect on every instance at once: the next request of a browser goes to the login
 * page, the next API call gets 401.
 */
@Component
class AccountSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final JdbcClient jdbc;

	AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions, JdbcClient jdbc) {
		this.sessions = sessions;
		this.jdbc = jdbc;
	}

	/**
	 * Ends every other session and every API token of the account, and keeps the one the
	 * person is using: after changing their own password they stay logged in here only.
	 */
	void endAllExcept(Account account, String keptSessionId) {
		sessions.findByPrincipalName(account.username())
			.keySet()
			.stream()
			.filter(id -> !id.equals(keptSessionId))
			.forEach(sessions::deleteById);
		jdbc.sql("delete from api_token where user_id = :id").param("id", account.id()).update();
	}

	void endAll(Account account) {
		sessions.findByPrincipalName(account.username()).keySet().forEach(sessions::deleteById);
		jdbc.sql("delete from api_token where user_id = :id").param("id", account.id()).update();
	}

}
