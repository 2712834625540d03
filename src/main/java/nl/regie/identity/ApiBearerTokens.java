package nl.regie.identity;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.OpaqueTokenAuthenticationProvider;
import org.springframework.stereotype.Component;

/**
 * Both kinds of bearer token the API accepts: Regie's own opaque tokens (from
 * {@code POST /auth/token}) and the access tokens of a municipality's provider (JWT).
 * Either way the caller becomes the same Regie account with its Regie roles. Not an
 * {@link AuthenticationManager} bean itself: the token endpoint's manager checks
 * passwords.
 */
@Component
class ApiBearerTokens {

	private final AuthenticationManager regieTokens;

	private final ProviderTokens providerTokens;

	ApiBearerTokens(LocalTokenIntrospector introspector, ProviderTokens providerTokens) {
		this.regieTokens = new ProviderManager(new OpaqueTokenAuthenticationProvider(introspector));
		this.providerTokens = providerTokens;
	}

	Authentication authenticate(Authentication attempt) {
		if (attempt instanceof BearerTokenAuthenticationToken bearer
				&& ProviderTokens.looksLikeJwt(bearer.getToken())) {
			return providerTokens.authenticate(bearer.getToken());
		}
		return regieTokens.authenticate(attempt);
	}

}
