package nl.regie.identity;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.stereotype.Component;

/**
 * Spring Security's client registrations, built from the providers stored per
 * municipality: the provider's own discovery document (at its issuer) says where its
 * endpoints and keys are. A registration is built at its first use and kept until the
 * provider's row changes, so Regie starts whether or not a provider answers, and an
 * unreachable provider only disables its own button.
 */
@Component
class ProviderRegistrations implements ClientRegistrationRepository {

	private static final Logger log = LoggerFactory.getLogger(ProviderRegistrations.class);

	private final IdentityProviders providers;

	private final Environment environment;

	private final Map<String, Built> built = new ConcurrentHashMap<>();

	ProviderRegistrations(IdentityProviders providers, Environment environment) {
		this.providers = providers;
		this.environment = environment;
	}

	/**
	 * {@code null} for an unknown or disabled provider, or one that cannot be used now.
	 */
	@Override
	public ClientRegistration findByRegistrationId(String registrationId) {
		if (registrationId == null || registrationId.length() > 100) {
			return null;
		}
		return providers.byRegistrationId(registrationId)
			.filter(IdentityProvider::enabled)
			.flatMap(this::registrationOf)
			.orElse(null);
	}

	Optional<ClientRegistration> registrationOf(IdentityProvider provider) {
		Built known = built.get(provider.registrationId());
		if (known != null && known.provider().equals(provider)) {
			return Optional.of(known.registration());
		}
		String secret = ProviderRules.SECRET_REFERENCE.matcher(provider.clientSecretRef()).matches()
				? environment.getProperty(provider.clientSecretRef()) : null;
		if (secret == null || secret.isBlank()) {
			log.warn("single sign-on provider {} cannot be used: set its client secret in {}",
					provider.registrationId(), provider.clientSecretRef());
			return Optional.empty();
		}
		try {
			ClientRegistration registration = ClientRegistrations.fromIssuerLocation(provider.issuer())
				.registrationId(provider.registrationId())
				.clientName(provider.displayName())
				.clientId(provider.clientId())
				.clientSecret(secret)
				.scope("openid", "profile", "email")
				.userNameAttributeName(IdTokenClaimNames.SUB)
				.build();
			built.put(provider.registrationId(), new Built(provider, registration));
			return Optional.of(registration);
		}
		catch (RuntimeException unreachable) {
			log.warn("single sign-on provider {} cannot be used: its discovery document at {} did not answer ({})",
					provider.registrationId(), provider.issuer(), unreachable.getClass().getSimpleName());
			return Optional.empty();
		}
	}

	private record Built(IdentityProvider provider, ClientRegistration registration) {
	}

}
