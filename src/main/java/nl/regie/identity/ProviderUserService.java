package nl.regie.identity;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * After Spring Security has checked the provider's ID token (signature, issuer, audience,
 * expiry, nonce), finds the Regie account it stands for. A refusal carries its reason as
 * the error code, which the login page turns into a Dutch message.
 */
@Component
class ProviderUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService provider = new OidcUserService();

	private final IdentityProviders providers;

	private final ProviderAccounts accounts;

	private final ApplicationEventPublisher events;

	ProviderUserService(IdentityProviders providers, ProviderAccounts accounts, ApplicationEventPublisher events) {
		this.providers = providers;
		this.accounts = accounts;
		this.events = events;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser vouchedFor = provider.loadUser(request);
		String registrationId = request.getClientRegistration().getRegistrationId();
		IdentityProvider municipalityProvider = providers.byRegistrationId(registrationId)
			.filter(IdentityProvider::enabled)
			.orElseThrow(() -> refused(new ProviderSignInRefused(ProviderSignInRefused.Reason.UNKNOWN_PROVIDER)));
		Object username = vouchedFor.getClaims().get(municipalityProvider.usernameClaim());
		try {
			CurrentUser user = accounts.accountFor(municipalityProvider, vouchedFor.getSubject(),
					username == null ? null : username.toString());
			events.publishEvent(
					new SecurityEvent.SignedInThroughProvider(user.municipalityId(), user.userId(), user.mainRole()));
			return new ProviderPrincipal(user, vouchedFor.getIdToken(), registrationId);
		}
		catch (ProviderSignInRefused refusal) {
			throw refused(refusal);
		}
	}

	private static OAuth2AuthenticationException refused(ProviderSignInRefused refusal) {
		return new OAuth2AuthenticationException(new OAuth2Error(refusal.reason().code()), refusal);
	}

}
