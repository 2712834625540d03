package nl.regie.identity;

import java.util.Optional;
import java.util.UUID;

import nl.regie.platform.domain.InvalidInput;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a municipality signs in, as its functional administrators set it: its OpenID
 * Connect provider and whether local accounts need a second factor. Every change is a
 * security event.
 */
@Service
class SignInSettingsManagement {

	private final IdentityProviders providers;

	private final SecondFactors secondFactors;

	private final ApplicationEventPublisher events;

	SignInSettingsManagement(IdentityProviders providers, SecondFactors secondFactors,
			ApplicationEventPublisher events) {
		this.providers = providers;
		this.secondFactors = secondFactors;
		this.events = events;
	}

	@Transactional(readOnly = true)
	Settings settings(CurrentUser user) {
		UUID municipality = AccountAccessPolicy.requireAdministrator(user);
		return new Settings(providers.ofMunicipality(municipality), secondFactors.required(municipality),
				IdentityProvider.registrationIdOf(municipality));
	}

	/**
	 * @throws OptimisticLockingFailureException when another administrator saved the
	 * provider after the page was shown
	 */
	@Transactional
	void saveProvider(CurrentUser user, ProviderForm form) {
		UUID municipality = AccountAccessPolicy.requireAdministrator(user);
		ProviderRules.check(form);
		Optional<IdentityProvider> existing = providers.ofMunicipality(municipality);
		String issuer = form.issuer().strip();
		Optional<IdentityProvider> sameIssuer = providers.byIssuer(issuer);
		if (sameIssuer.isPresent() && !sameIssuer.get().municipalityId().equals(municipality)) {
			throw InvalidInput.of("issuer", "provider.issuer.taken");
		}
		IdentityProvider provider = new IdentityProvider(existing.map(IdentityProvider::id).orElseGet(UUID::randomUUID),
				municipality, IdentityProvider.registrationIdOf(municipality), form.displayName().strip(), issuer,
				form.clientId().strip(), form.clientSecretRef().strip(), form.usernameClaim().strip(),
				form.apiAudience() == null || form.apiAudience().isBlank() ? null : form.apiAudience().strip(),
				form.enabled(), form.version());
		if (existing.isEmpty()) {
			providers.add(provider);
		}
		else if (!providers.update(provider)) {
			throw new OptimisticLockingFailureException("provider changed since version " + form.version());
		}
		events.publishEvent(new SecurityEvent.SignInSettingsChanged(municipality, user.userId(),
				(existing.isEmpty() ? "provider-added" : "provider-changed") + " enabled=" + form.enabled()));
	}

	@Transactional
	void requireSecondFactor(CurrentUser user, boolean required) {
		UUID municipality = AccountAccessPolicy.requireAdministrator(user);
		secondFactors.require(municipality, required);
		events.publishEvent(new SecurityEvent.SignInSettingsChanged(municipality, user.userId(),
				"second-factor-required=" + required));
	}

	record Settings(Optional<IdentityProvider> provider, boolean secondFactorRequired, String registrationId) {
	}

}
