package nl.regie.identity;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Local accounts for the login page and the token endpoint. With an OpenID Connect
 * provider this class is the one to be replaced; nothing outside this module notices.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final Accounts accounts;

	private final ProviderLinks links;

	AccountUserDetailsService(Accounts accounts, ProviderLinks links) {
		this.accounts = accounts;
		this.links = links;
	}

	/**
	 * An account prepared for the municipality's provider signs in there only: its
	 * password (set when it was created) is no second way in.
	 */
	@Override
	public UserDetails loadUserByUsername(String username) {
		return accounts.findByUsername(username)
			.filter(account -> !account.roles().isEmpty())
			.filter(account -> !links.signsInThroughProvider(account.id()))
			.map(AccountUserDetails::new)
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
	}

	static List<GrantedAuthority> authoritiesOf(CurrentUser user) {
		return user.roles()
			.stream()
			.<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
			.toList();
	}

	/**
	 * The principal of a session started on the login page. Serializable because sessions
	 * live in PostgreSQL.
	 */
	static final class AccountUserDetails implements UserDetails, CredentialsContainer, HoldsCurrentUser {

		private final CurrentUser user;

		private String passwordHash;

		private final boolean enabled;

		AccountUserDetails(Account account) {
			this.user = account.toCurrentUser();
			this.passwordHash = account.passwordHash();
			this.enabled = account.enabled();
		}

		@Override
		public CurrentUser currentUser() {
			return user;
		}

		@Override
		public Collection<? extends GrantedAuthority> getAuthorities() {
			return authoritiesOf(user);
		}

		@Override
		public String getPassword() {
			return passwordHash;
		}

		/** Keeps the password hash out of the session store once the user is in. */
		@Override
		public void eraseCredentials() {
			passwordHash = null;
		}

		@Override
		public String getUsername() {
			return user.username();
		}

		@Override
		public boolean isEnabled() {
			return enabled;
		}

	}

}
