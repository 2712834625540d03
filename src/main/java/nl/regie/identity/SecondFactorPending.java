package nl.regie.identity;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Halfway in: the password was right, the second factor is still to come. Holds no role
 * and is no {@link HoldsCurrentUser}, so no screen and no module sees a signed-in person;
 * its one authority only opens the second-factor pages.
 */
final class SecondFactorPending extends AbstractAuthenticationToken {

	static final String AUTHORITY = "SECOND_FACTOR_PENDING";

	private final AccountUserDetailsService.AccountUserDetails account;

	private final SecondFactors.Need need;

	SecondFactorPending(AccountUserDetailsService.AccountUserDetails account, SecondFactors.Need need) {
		super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
		this.account = account;
		this.need = need;
		setAuthenticated(true);
	}

	AccountUserDetailsService.AccountUserDetails account() {
		return account;
	}

	CurrentUser user() {
		return account.currentUser();
	}

	SecondFactors.Need need() {
		return need;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	/**
	 * The username, so that ending an account's sessions also ends half-finished ones.
	 */
	@Override
	public Object getPrincipal() {
		return account.getUsername();
	}

}
