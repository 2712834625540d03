package nl.regie.identity;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.regie.platform.domain.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first functional administrator of a fresh installation, so that nobody has to write
 * accounts into the database by hand. Refuses once any account exists: after that,
 * accounts are made by administrators on the screens.
 */
@Service
public class FirstAdministrator {

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final MessageSource messages;

	FirstAdministrator(Accounts accounts, PasswordEncoder passwords, MessageSource messages) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.messages = messages;
	}

	/** Whether this installation has no account at all yet. */
	@Transactional(readOnly = true)
	public boolean needed() {
		return !accounts.anyExist();
	}

	/**
	 * Creates the administrator in the caller's transaction, which must already hold the
	 * municipality.
	 * @return false, and nothing created, when an account exists by now (another instance
	 * may have been first)
	 * @throws IllegalArgumentException when the username or password breaks the rules for
	 * accounts; the message says which, in English, without the password
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean create(UUID municipalityId, String username, String password) {
		if (accounts.anyExistLocked()) {
			return false;
		}
		NewAccount form = new NewAccount(username, username, password, Set.of(Role.FUNCTIONAL_ADMINISTRATOR), null);
		try {
			AccountRules.checkNew(form, false, Set.of());
		}
		catch (InvalidInput refused) {
			throw new IllegalArgumentException(refused.problems()
				.stream()
				.map(problem -> problem.field() + ": " + messages.getMessage(problem.code(), null, Locale.ENGLISH))
				.collect(Collectors.joining("; ")), refused);
		}
		accounts.add(Account.open(municipalityId, form, passwords.encode(password)));
		return true;
	}

}
