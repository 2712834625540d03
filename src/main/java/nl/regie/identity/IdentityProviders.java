package nl.regie.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The municipalities' OpenID Connect providers, one per municipality at most.
 */
@Repository
class IdentityProviders {

	private static final String SELECT = """
			select id, municipality_id, registration_id, display_name, issuer, client_id, client_secret_ref,
			       username_claim, api_audience, enabled, version
			from identity_provider""";

	private final JdbcClient jdbc;

	IdentityProviders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<IdentityProvider> byRegistrationId(String registrationId) {
		return jdbc.sql(SELECT + " where registration_id = :id")
			.param("id", registrationId)
			.query((rs, n) -> provider(rs))
			.optional();
	}

	Optional<IdentityProvider> byIssuer(String issuer) {
		return jdbc.sql(SELECT + " where issuer = :issuer")
			.param("issuer", issuer)
			.query((rs, n) -> provider(rs))
			.optional();
	}

	Optional<IdentityProvider> ofMunicipality(UUID municipalityId) {
		return jdbc.sql(SELECT + " where municipality_id = :m")
			.param("m", municipalityId)
			.query((rs, n) -> provider(rs))
			.optional();
	}

	/** The providers the login page offers, in the order of their names. */
	List<IdentityProvider> enabled() {
		return jdbc.sql(SELECT + " where enabled order by display_name").query((rs, n) -> provider(rs)).list();
	}

	void add(IdentityProvider provider) {
		jdbc.sql("""
				insert into identity_provider (id, municipality_id, registration_id, display_name, issuer, client_id,
				    client_secret_ref, username_claim, api_audience, enabled)
				values (:id, :m, :registration, :name, :issuer, :client, :secret, :claim, :audience, :enabled)""")
			.param("id", provider.id())
			.param("m", provider.municipalityId())
			.param("registration", provider.registrationId())
			.param("name", provider.displayName())
			.param("issuer", provider.issuer())
			.param("client", provider.clientId())
			.param("secret", provider.clientSecretRef())
			.param("claim", provider.usernameClaim())
			.param("audience", provider.apiAudience())
			.param("enabled", provider.enabled())
			.update();
	}

	/**
	 * @return false when somebody else changed the provider since
	 * {@code provider.version()}
	 */
	boolean update(IdentityProvider provider) {
		return jdbc.sql("""
				update identity_provider set display_name = :name, issuer = :issuer, client_id = :client,
				    client_secret_ref = :secret, username_claim = :claim, api_audience = :audience, enabled = :enabled,
				    version = version + 1
				where id = :id and municipality_id = :m and version = :v""")
			.param("name", provider.displayName())
			.param("issuer", provider.issuer())
			.param("client", provider.clientId())
			.param("secret", provider.clientSecretRef())
			.param("claim", provider.usernameClaim())
			.param("audience", provider.apiAudience())
			.param("enabled", provider.enabled())
			.param("id", provider.id())
			.param("m", provider.municipalityId())
			.param("v", provider.version())
			.update() == 1;
	}

	private static IdentityProvider provider(ResultSet rs) throws SQLException {
		return new IdentityProvider(rs.getObject("id", UUID.class), rs.getObject("municipality_id", UUID.class),
				rs.getString("registration_id"), rs.getString("display_name"), rs.getString("issuer"),
				rs.getString("client_id"), rs.getString("client_secret_ref"), rs.getString("username_claim"),
				rs.getString("api_audience"), rs.getBoolean("enabled"), rs.getInt("version"));
	}

}
