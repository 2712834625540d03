package nl.regie.identity;

import java.util.Collection;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Component;

/**
 * Checks API bearer tokens against the tokens Regie issued itself. Uses Spring Security's
 * resource-server plumbing, so an identity provider's tokens can take over by
 * configuration.
 */
@Component
class LocalTokenIntrospector implements OpaqueTokenIntrospector {

	private final ApiTokens tokens;

	LocalTokenIntrospector(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	public OAuth2AuthenticatedPrincipal introspect(String token) {
		return tokens.userFor(token)
			.map(TokenPrincipal::new)
			.orElseThrow(() -> new BadOpaqueTokenException("unknown or expired token"));
	}

	record TokenPrincipal(CurrentUser currentUser) implements OAuth2AuthenticatedPrincipal, HoldsCurrentUser {

		@Override
		public Map<String, Object> getAttributes() {
			return Map.of("sub", currentUser.username());
		}

		@Override
		public Collection<? extends GrantedAuthority> getAuthorities() {
			return AccountUserDetailsService.authoritiesOf(currentUser);
		}

		@Override
		public String getName() {
			return currentUser.username();
		}

	}

}
