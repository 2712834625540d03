package nl.regie.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import nl.regie.platform.RegieStartupException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opaque bearer tokens for the API in local-accounts mode. Only a SHA-256 hash is stored,
 * so a copy of the database does not hand out working tokens; they live in PostgreSQL so
 * every instance behind the load balancer accepts them.
 */
@Service
class ApiTokens {

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final Clock clock;

	private final Duration lifetime;

	ApiTokens(JdbcClient jdbc, Accounts accounts, Clock clock,
			@Value("${regie.api.token-lifetime:8h}") Duration lifetime) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
		if (lifetime.isNegative() || lifetime.isZero()) {
			throw new RegieStartupException("regie.api.token-lifetime must be positive, e.g. 8h");
		}
		this.lifetime = lifetime;
	}

	@Transactional
	IssuedToken issue(CurrentUser user) {
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = clock.instant();
		jdbc.sql("delete from api_token where expires_at < :now").param("now", Timestamp.from(now)).update();
		jdbc.sql("""
				insert into api_token (token_hash, user_id, municipality_id, created_at, expires_at)
				values (:hash, :user, :municipality, :now, :expires)""")
			.param("hash", hash(token))
			.param("user", user.userId())
			.param("municipality", user.municipalityId())
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(now.plus(lifetime)))
			.update();
		return new IssuedToken(token, lifetime);
	}

	Optional<CurrentUser> userFor(String token) {
		return jdbc.sql("""
				select u.username from api_token t join user_account u on u.id = t.user_id
				where t.token_hash = :hash and t.expires_at > :now and u.enabled""")
			.param("hash", hash(token))
			.param("now", Timestamp.from(clock.instant()))
			.query(String.class)
			.optional()
			.flatMap(accounts::findByUsername)
			.map(Account::toCurrentUser);
	}

	/** Ends one token: the caller's own, on {@code DELETE /api/v1/auth/token}. */
	@Transactional
	void revoke(String token) {
		jdbc.sql("delete from api_token where token_hash = :hash").param("hash", hash(token)).update();
	}

	/**
	 * Ends every token of the user: logging out of the screens with "also my API tokens".
	 */
	@Transactional
	void revokeAll(UUID userId) {
		jdbc.sql("delete from api_token where user_id = :user").param("user", userId).update();
	}

	private static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JDK has SHA-256", e);
		}
	}

	record IssuedToken(String value, Duration lifetime) {
	}

}
