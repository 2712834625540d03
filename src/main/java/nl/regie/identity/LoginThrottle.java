package nl.regie.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Supplier;

import nl.regie.platform.access.RequestOrigin;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Throttles guessing passwords (BIO): after {@value #MAX_FAILURES} failed logins for one
 * username within {@link #WINDOW}, that username is locked for {@link #LOCK}, on every
 * instance, because the failures are counted in PostgreSQL. Unknown usernames are counted
 * and locked the same way, so the answer never tells whether an account exists. Attempts
 * during a lock are refused without looking at the password and are not counted, so the
 * lock ends {@link #LOCK} after the failure that started it. Attempts for one username
 * are taken one at a time, so guesses fired in parallel cannot all pass the check before
 * the first failure is counted.
 *
 * <p>
 * Failures are counted per client address too: password spraying tries a few common
 * passwords on many usernames from one address, staying under each username's limit. An
 * address with {@code regie.login.max-failures-per-address} failures within
 * {@link #WINDOW} is refused until the oldest of them leaves the window. Behind a proxy
 * the address is the forwarded one ({@code server.forward-headers-strategy}), or one
 * proxy would lock everyone out.
 */
@Component
class LoginThrottle {

	static final int MAX_FAILURES = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration LOCK = Duration.ofMinutes(15);

	/**
	 * At most this many failures are kept; beyond it the oldest go. Unknown usernames are
	 * counted like known ones, so without a cap a stream of invented names would grow the
	 * table without end. Reaching the cap takes far more attempts than fit in one window
	 * (each costs a bcrypt), so evicting the oldest cannot lift a lock in practice.
	 */
	static final int MAX_ROWS = 100_000;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final int maxFailuresPerAddress;

	LoginThrottle(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactionManager,
			@Value("${regie.login.max-failures-per-address:30}") int maxFailuresPerAddress) {
		this.jdbc = jdbc;
		this.maxFailuresPerAddress = maxFailuresPerAddress;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Runs one login attempt while no other attempt for this username runs, on any
	 * instance: a PostgreSQL advisory lock held until the attempt's transaction ends. The
	 * attempt returns its outcome rather than throwing, so a counted failure is
	 * committed.
	 */
	<T> T oneAttemptAtATime(String username, Supplier<T> attempt) {
		return transactions.execute(status -> {
			jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:username, 0))")
				.param("username", key(username))
				.query((rs, n) -> 1)
				.single();
			return attempt.get();
		});
	}

	/**
	 * Locked when a failure of the last {@link #LOCK} was the {@value #MAX_FAILURES}th
	 * within {@link #WINDOW}.
	 */
	boolean locked(String username) {
		return usernameLocked(username) || addressLocked();
	}

	private boolean addressLocked() {
		String client = clientKey();
		if (client == null) {
			return false;
		}
		return jdbc.sql("""
				select count(*) >= :max from login_failure
				where client_key = :client and failed_at > :windowStart""")
			.param("max", maxFailuresPerAddress)
			.param("client", client)
			.param("windowStart", at(clock.instant().minus(WINDOW)))
			.query(Boolean.class)
			.single();
	}

	private boolean usernameLocked(String username) {
		Instant now = clock.instant();
		return jdbc.sql("""
				select exists (
				    select 1 from login_failure f
				    where f.username_key = :username and f.failed_at > :lockStart
				      and (select count(*) from login_failure g
				           where g.username_key = f.username_key
				             and g.failed_at > f.failed_at - make_interval(secs => :window)
				             and g.failed_at <= f.failed_at) >= :max)""")
			.param("username", key(username))
			.param("lockStart", at(now.minus(LOCK)))
			.param("window", WINDOW.toSeconds())
			.param("max", MAX_FAILURES)
			.query(Boolean.class)
			.single();
	}

	void failed(String username) {
		Instant now = clock.instant();
		jdbc.sql("delete from login_failure where failed_at < :expired")
			.param("expired", at(now.minus(WINDOW).minus(LOCK)))
			.update();
		jdbc.sql("""
				delete from login_failure where ctid in (
				    select ctid from login_failure order by failed_at desc offset :cap)""")
			.param("cap", MAX_ROWS - 1)
			.update();
		jdbc.sql("insert into login_failure (username_key, client_key, failed_at) values (:username, :client, :now)")
			.param("username", key(username))
			.param("client", clientKey())
			.param("now", at(now))
			.update();
	}

	void succeeded(String username) {
		jdbc.sql("delete from login_failure where username_key = :username").param("username", key(username)).update();
	}

	/**
	 * Usernames are lower case; "TeamLeider" must not start a fresh count for
	 * "teamleider". The key is a hash, so every row has the same small size whatever was
	 * typed, and the table holds no typed names.
	 */
	static String key(String username) {
		String normalised = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JDK has SHA-256", e);
		}
	}

	/** The request's client address, hashed like the username; none outside a request. */
	private static String clientKey() {
		String address = RequestOrigin.current().clientAddress();
		return address == null ? null : key(address);
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
