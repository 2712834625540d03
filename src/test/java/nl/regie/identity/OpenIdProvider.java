package nl.regie.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jwt.SignedJWT;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real OpenID provider for the tests: NAV's mock-oauth2-server, listening on loopback,
 * with its discovery documents, keys, sign-in page, token and logout endpoints. Every
 * issuer id is a provider of its own with its own signing key, so one server is the
 * provider of several municipalities. Started once for the whole test run and stopped
 * when the JVM ends, like the shared Spring context it serves.
 */
public final class OpenIdProvider {

	/**
	 * The client secret setting the test providers name, set in the test configuration.
	 */
	public static final String SECRET_REFERENCE = "REGIE_OIDC_TEST_SECRET";

	private static MockOAuth2Server server;

	/** How far the provider's clock is behind, for tokens issued in the past. */
	private static volatile Duration clockBehind = Duration.ZERO;

	private OpenIdProvider() {
	}

	/**
	 * The running provider; its sign-in page asks for a subject and optional claims
	 * (interactive login), as a person would fill it in.
	 */
	public static synchronized MockOAuth2Server server() {
		if (server == null) {
			MockOAuth2Server started = new MockOAuth2Server(new OAuth2Config(true, null, null, false,
					new OAuth2TokenProvider(() -> Instant.now().minus(clockBehind))));
			started.start(loopback(), 0);
			Runtime.getRuntime().addShutdownHook(new Thread(started::shutdown));
			server = started;
		}
		return server;
	}

	/** The issuer URL of the provider with this id, as its tokens name it. */
	public static String issuer(String issuerId) {
		String url = server().issuerUrl(issuerId).toString();
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	/**
	 * Makes the provider with this issuer id the municipality's provider in Regie.
	 * @return the registration id, as in {@code /login/sso/{registrationId}}
	 */
	public static String registerFor(JdbcClient jdbc, UUID municipalityId, String issuerId, String displayName) {
		String registrationId = IdentityProvider.registrationIdOf(municipalityId);
		jdbc.sql("""
				insert into identity_provider (id, municipality_id, registration_id, display_name, issuer, client_id,
				    client_secret_ref, username_claim, api_audience, enabled)
				values (:id, :m, :registration, :name, :issuer, :client, :secret, 'preferred_username', null, true)""")
			.param("id", UUID.randomUUID())
			.param("m", municipalityId)
			.param("registration", registrationId)
			.param("name", displayName)
			.param("issuer", issuer(issuerId))
			.param("client", clientId(issuerId))
			.param("secret", SECRET_REFERENCE)
			.update();
		return registrationId;
	}

	/**
	 * Removes the municipality's provider again, so the login page of later tests shows
	 * only the providers they made themselves.
	 */
	public static void unregister(JdbcClient jdbc, UUID municipalityId) {
		jdbc.sql("delete from identity_provider where municipality_id = :m").param("m", municipalityId).update();
	}

	/** The client id Regie is registered with at this provider; also its API audience. */
	public static String clientId(String issuerId) {
		return "regie-" + issuerId;
	}

	/** Prepares an account for single sign-on, as the administrator does on its page. */
	public static void prepare(JdbcClient jdbc, String username, String providerUsername) {
		jdbc.sql("update user_account set provider_username = :name where username = :u")
			.param("name", providerUsername.toLowerCase())
			.param("u", username)
			.update();
	}

	/**
	 * An access token of this provider, signed with its key, as its token endpoint issues
	 * them.
	 */
	public static String accessToken(String issuerId, String subject, String audience, Map<String, Object> claims,
			long expirySeconds) {
		SignedJWT token = server().issueToken(issuerId, subject, audience, claims, expirySeconds);
		return token.serialize();
	}

	/**
	 * A token signed with the provider's key carrying exactly these claims (and iss, iat,
	 * exp).
	 */
	public static String tokenWithClaims(String issuerId, Map<String, Object> claims) {
		return server().anyToken(server().issuerUrl(issuerId), claims, Duration.ofMinutes(5)).serialize();
	}

	/** An access token the provider issued {@code ago}, valid for {@code lifetime}. */
	public static synchronized String accessTokenIssued(Duration ago, Duration lifetime, String issuerId,
			String subject, String audience, Map<String, Object> claims) {
		clockBehind = ago;
		try {
			return accessToken(issuerId, subject, audience, claims, lifetime.toSeconds());
		}
		finally {
			clockBehind = Duration.ZERO;
		}
	}

	private static InetAddress loopback() {
		try {
			// Named by its address, so the issuer URLs say 127.0.0.1 whoever asks: the
			// browser keeps Regie's cookies (localhost) apart from the provider's.
			return InetAddress.getByAddress("127.0.0.1", new byte[] { 127, 0, 0, 1 });
		}
		catch (UnknownHostException impossible) {
			throw new UncheckedIOException(new IOException(impossible));
		}
	}

}
