package nl.regie.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which provider subject belongs to which Regie account, and the provider usernames
 * administrators prepared accounts with. Every look-up is scoped to the provider's own
 * municipality, so a provider can never reach another municipality's accounts.
 */
@Repository
class ProviderLinks {

	private final JdbcClient jdbc;

	ProviderLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<UUID> linkedAccount(IdentityProvider provider, String subject) {
		return jdbc.sql("""
				select l.user_id from account_link l join user_account a on a.id = l.user_id
				where l.provider_id = :p and l.subject = :s and a.municipality_id = :m""")
			.param("p", provider.id())
			.param("s", subject)
			.param("m", provider.municipalityId())
			.query(UUID.class)
			.optional();
	}

	/**
	 * The account prepared with this provider username in the provider's municipality,
	 * unless another subject of the provider already took it.
	 */
	Optional<UUID> preparedAccount(IdentityProvider provider, String providerUsername) {
		return jdbc.sql("""
				select a.id from user_account a
				where a.municipality_id = :m and a.provider_username = :name
				  and not exists (select 1 from account_link l where l.provider_id = :p and l.user_id = a.id)""")
			.param("m", provider.municipalityId())
			.param("name", normalise(providerUsername))
			.param("p", provider.id())
			.query(UUID.class)
			.optional();
	}

	/**
	 * @return false when the subject or the account was linked in the meantime
	 */
	boolean link(IdentityProvider provider, String subject, UUID accountId, Instant now) {
		return jdbc.sql("""
				insert into account_link (provider_id, subject, user_id, municipality_id, linked_at)
				values (:p, :s, :u, :m, :now) on conflict do nothing""")
			.param("p", provider.id())
			.param("s", subject)
			.param("u", accountId)
			.param("m", provider.municipalityId())
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/** Prepared for the provider, and the municipality has one that is enabled. */
	boolean signsInThroughProvider(UUID accountId) {
		return jdbc.sql("""
				select exists (select 1 from user_account a
				    join identity_provider p on p.municipality_id = a.municipality_id and p.enabled
				    where a.id = :id and a.provider_username is not null)""")
			.param("id", accountId)
			.query(Boolean.class)
			.single();
	}

	Optional<String> providerUsernameOf(UUID accountId) {
		return jdbc.sql("select provider_username from user_account where id = :id and provider_username is not null")
			.param("id", accountId)
			.query(String.class)
			.optional();
	}

	boolean providerUsernameTaken(UUID municipalityId, String providerUsername) {
		return jdbc
			.sql("select exists (select 1 from user_account where municipality_id = :m and provider_username = :n)")
			.param("m", municipalityId)
			.param("n", normalise(providerUsername))
			.query(Boolean.class)
			.single();
	}

	Optional<Instant> linkedSince(UUID accountId) {
		return jdbc.sql("select linked_at from account_link where user_id = :id order by linked_at limit 1")
			.param("id", accountId)
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
	}

	/**
	 * Prepares the account for the provider (or, with {@code null}, for passwords only)
	 * and forgets any subject linked to it: the next sign-in links anew.
	 */
	void prepare(UUID municipalityId, UUID accountId, String providerUsername) {
		jdbc.sql("delete from account_link where user_id = :id and municipality_id = :m")
			.param("id", accountId)
			.param("m", municipalityId)
			.update();
		jdbc.sql("update user_account set provider_username = :name where id = :id and municipality_id = :m")
			.param("name", providerUsername == null ? null : normalise(providerUsername))
			.param("id", accountId)
			.param("m", municipalityId)
			.update();
	}

	/**
	 * Provider usernames compare without case: {@code J.Jansen@Gemeente.nl} is one
	 * person.
	 */
	static String normalise(String providerUsername) {
		return providerUsername.strip().toLowerCase(Locale.ROOT);
	}

}
