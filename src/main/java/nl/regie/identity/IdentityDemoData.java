package nl.regie.identity;

import java.util.Set;
import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * This module's part of the demo data ({@code demo} profile only): one account per role,
 * all with the same published password, and the signed-in user the demo acts as.
 */
@Component
@Profile("demo")
@Transactional(propagation = Propagation.MANDATORY)
public class IdentityDemoData {

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	IdentityDemoData(Accounts accounts, PasswordEncoder passwords) {
		this.accounts = accounts;
		this.passwords = passwords;
	}

	/**
	 * @param team {@code null} for roles outside a team
	 * @return the account as a signed-in user, for the demo to act as
	 */
	public CurrentUser account(UUID municipality, UUID team, String username, String displayName, Role role,
			String password) {
		Account account = new Account(UUID.randomUUID(), municipality, username, displayName,
				passwords.encode(password), team, true, 0, Set.of(role));
		accounts.add(account);
		return new CurrentUser(account.id(), username, displayName, municipality, team, Set.of(role));
	}

}
