package nl.regie.identity;

import java.io.Serializable;
import java.util.Collection;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The principal of a session started through the municipality's provider: the Regie
 * account with its Regie roles, and the provider's ID token, kept only to offer the
 * provider's logout. Its name is the Regie username, so ending an account's sessions
 * finds these too. Serializable because sessions live in PostgreSQL.
 */
record ProviderPrincipal(CurrentUser currentUser, OidcIdToken idToken,
		String registrationId) implements OidcUser, HoldsCurrentUser, Serializable {

	@Override
	public Map<String, Object> getClaims() {
		return idToken.getClaims();
	}

	@Override
	public OidcUserInfo getUserInfo() {
		return null;
	}

	@Override
	public OidcIdToken getIdToken() {
		return idToken;
	}

	@Override
	public Map<String, Object> getAttributes() {
		return idToken.getClaims();
	}

	/** Regie's roles, never the provider's groups. */
	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return AccountUserDetailsService.authoritiesOf(currentUser);
	}

	@Override
	public String getName() {
		return currentUser.username();
	}

	@Override
	public String toString() {
		return "ProviderPrincipal[user=" + currentUser.userId() + ", registrationId=" + registrationId + "]";
	}

}
