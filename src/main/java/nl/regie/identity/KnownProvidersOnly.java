package nl.regie.identity;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * Starts a sign-in only at a provider that exists and answers; for any other registration
 * id the request goes on as an ordinary one (and finds no page) instead of Spring's 500.
 */
class KnownProvidersOnly implements OAuth2AuthorizationRequestResolver {

	private final OAuth2AuthorizationRequestResolver resolver;

	KnownProvidersOnly(ClientRegistrationRepository registrations) {
		this.resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations,
				OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
	}

	@Override
	public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
		try {
			return resolver.resolve(request);
		}
		catch (IllegalArgumentException unknownProvider) {
			return null;
		}
	}

	@Override
	public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
		try {
			return resolver.resolve(request, clientRegistrationId);
		}
		catch (IllegalArgumentException unknownProvider) {
			return null;
		}
	}

}
