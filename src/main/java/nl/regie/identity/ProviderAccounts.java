package nl.regie.identity;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Maps a person the provider vouched for to the Regie account of the provider's
 * municipality: by the linked subject, or on the first sign-in by the account an
 * administrator prepared with the value of the provider's username claim. Roles and team
 * come from Regie alone, so a provider cannot grant anyone access. Refusals are counted
 * by {@link LoginThrottle} per provider subject, like failed passwords per username.
 */
@Service
class ProviderAccounts {

	private static final Logger log = LoggerFactory.getLogger(ProviderAccounts.class);

	private final ProviderLinks links;

	private final Accounts accounts;

	private final LoginThrottle throttle;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProviderAccounts(ProviderLinks links, Accounts accounts, LoginThrottle throttle, ApplicationEventPublisher events,
			Clock clock) {
		this.links = links;
		this.accounts = accounts;
		this.throttle = throttle;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @param providerUsername the value of the provider's username claim; {@code null}
	 * when the provider did not send it
	 * @throws ProviderSignInRefused with the reason to tell the person
	 */
	CurrentUser accountFor(IdentityProvider provider, String subject, String providerUsername) {
		if (subject == null || subject.isBlank() || subject.length() > 255) {
			// Every OpenID provider sends a subject; a token without one stands for
			// nobody.
			log.info("provider token refused: {} (provider {})", ProviderSignInRefused.Reason.MALFORMED.code(),
					provider.registrationId());
			events.publishEvent(new SecurityEvent.ProviderSignInRefused(provider.municipalityId(),
					ProviderSignInRefused.Reason.MALFORMED.code()));
			throw new ProviderSignInRefused(ProviderSignInRefused.Reason.MALFORMED);
		}
		String key = throttleKey(provider, subject);
		Outcome outcome = throttle.oneAttemptAtATime(key, () -> attempt(provider, subject, providerUsername, key));
		if (outcome.refusal() != null) {
			log.info("single sign-on refused: {} (provider {})", outcome.refusal().code(), provider.registrationId());
			throw new ProviderSignInRefused(outcome.refusal());
		}
		return outcome.user();
	}

	/** Counts a token refused before any account was looked at (signature, audience). */
	void tokenRefused(IdentityProvider provider, String subject, ProviderSignInRefused.Reason reason) {
		if (subject != null && subject.length() <= 255) {
			String key = throttleKey(provider, subject);
			throttle.oneAttemptAtATime(key, () -> {
				throttle.failed(key);
				return null;
			});
		}
		log.info("provider token refused: {} (provider {})", reason.code(), provider.registrationId());
		events.publishEvent(new SecurityEvent.ProviderSignInRefused(provider.municipalityId(), reason.code()));
	}

	/**
	 * A token of an issuer that is no municipality's provider: the installation's log.
	 */
	void unknownIssuer() {
		log.info("provider token refused: {}", ProviderSignInRefused.Reason.UNKNOWN_ISSUER.code());
		events.publishEvent(
				new SecurityEvent.ProviderSignInRefused(null, ProviderSignInRefused.Reason.UNKNOWN_ISSUER.code()));
	}

	private Outcome attempt(IdentityProvider provider, String subject, String providerUsername, String key) {
		if (throttle.locked(key)) {
			events.publishEvent(new SecurityEvent.SignInLockedOut(provider.municipalityId()));
			return Outcome.refused(ProviderSignInRefused.Reason.LOCKED);
		}
		Optional<UUID> account = links.linkedAccount(provider, subject);
		if (account.isEmpty() && providerUsername != null && !providerUsername.isBlank()
				&& providerUsername.length() <= 255) {
			account = links.preparedAccount(provider, providerUsername)
				.filter(prepared -> links.link(provider, subject, prepared, clock.instant()));
			account.ifPresent(linked -> events.publishEvent(
					new SecurityEvent.ProviderAccountLinked(provider.municipalityId(), linked, provider.id())));
		}
		Optional<Account> found = account.flatMap(id -> accounts.find(provider.municipalityId(), id));
		if (found.isEmpty()) {
			return refused(provider, key, ProviderSignInRefused.Reason.NO_ACCOUNT);
		}
		if (!found.get().enabled() || found.get().roles().isEmpty()) {
			return refused(provider, key, ProviderSignInRefused.Reason.DISABLED);
		}
		throttle.succeeded(key);
		return new Outcome(found.get().toCurrentUser(), null);
	}

	private Outcome refused(IdentityProvider provider, String key, ProviderSignInRefused.Reason reason) {
		throttle.failed(key);
		events.publishEvent(new SecurityEvent.ProviderSignInRefused(provider.municipalityId(), reason.code()));
		return Outcome.refused(reason);
	}

	/**
	 * Per provider and subject: the same subject at another municipality's provider is
	 * another person.
	 */
	private static String throttleKey(IdentityProvider provider, String subject) {
		return "provider:" + provider.id() + ":" + subject;
	}

	private record Outcome(CurrentUser user, ProviderSignInRefused.Reason refusal) {

		static Outcome refused(ProviderSignInRefused.Reason reason) {
			return new Outcome(null, reason);
		}

	}

}
