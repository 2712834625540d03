package nl.regie.identity;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.NotFound;
import nl.regie.platform.input.ControlCharacters;
import nl.regie.platform.input.Paging;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts of a municipality as managed by its functional administrators. Each
 * operation is one transaction: a refused form leaves nothing behind.
 */
@Service
class AccountManagement {

	static final int PAGE_SIZE = 25;

	private final Accounts accounts;

	private final AccountTeams teams;

	private final PasswordEncoder passwords;

	private final AccountSessions sessions;

	private final ApplicationEventPublisher events;

	private final ProviderLinks links;

	private final SecondFactors secondFactors;

	private final IdentityProviders providers;

	AccountManagement(Accounts accounts, AccountTeams teams, PasswordEncoder passwords, AccountSessions sessions,
			ApplicationEventPublisher events, ProviderLinks links, SecondFactors secondFactors,
			IdentityProviders providers) {
		this.events = events;
		this.links = links;
		this.secondFactors = secondFactors;
		this.providers = providers;
		this.accounts = accounts;
		this.teams = teams;
		this.passwords = passwords;
		this.sessions = sessions;
	}

	@Transactional(readOnly = true)
	AccountPage page(CurrentUser user, int page) {
		UUID municipality = AccountAccessPolicy.requireAdministrator(user);
		int current = Paging.page(page);
		Map<UUID, String> teamNames = teamNames(municipality);
		List<AccountPage.Row> rows = accounts.page(municipality, Paging.offset(current, PAGE_SIZE), PAGE_SIZE)
			.stream()
			.map(account -> row(account, teamNames))
			.toList();
		return new AccountPage(rows, current, PAGE_SIZE, accounts.count(municipality));
	}

	@Transactional(readOnly = true)
	List<AccountTeams.TeamChoice> teamChoices(CurrentUser user) {
		return teams.teamsOf(AccountAccessPolicy.requireAdministrator(user));
	}

	@Transactional(readOnly = true)
	AccountDetail account(CurrentUser user, UUID accountId) {
		UUID municipality = AccountAccessPolicy.requireAdministrator(user);
		Account account = find(municipality, accountId);
		return new AccountDetail(row(account, teamNames(municipality)), account.version(),
				account.id().equals(user.userId()), links.providerUsernameOf(account.id()).orElse(null),
				links.linkedSince(account.id()).orElse(null), secondFactors.enrolledSince(account.id()).orElse(null),
				providers.ofMunicipality(municipality).isPresent());
	}

	/**
	 * Prepares the account for the municipality's provider, or (empty) back to its
	 * password. Any subject linked before is forgotten, and the account's sessions end:
	 * the next sign-in links anew.
	 */
	@Transactional
	Account prepareForProvider(CurrentUser user, UUID accountId, ProviderUsernameForm form) {
		UUID municipality = AccountAccessPolicy.requireAdministrator(user);
		Account account = find(municipality, accountId);
		String name = form.providerUsername() == null || form.providerUsername().isBlank() ? null
				: form.providerUsername().strip();
		if (name != null && (name.length() > 255 || ControlCharacters.present(name))) {
			throw InvalidInput.of("providerUsername", "account.providerUsername.invalid");
		}
		if (name != null && !name.equalsIgnoreCase(links.providerUsernameOf(accountId).orElse(""))
				&& links.providerUsernameTaken(municipality, name)) {
			throw InvalidInput.of("providerUsername", "account.providerUsername.taken");
		}
		links.prepare(municipality, accountId, name);
		sessions.endAll(account);
		events.publishEvent(new SecurityEvent.AccountChanged(municipality, user.userId(), accountId,
				name == null ? "provider-username-cleared" : "provider-username-set"));
		return account;
	}

	/**
	 * A lost phone: the second factor goes, the account's sessions end, and its next
	 * sign-in sets up a new one (when the municipality requires it).
	 */
	@Transactional
	Account resetSecondFactor(CurrentUser user, UUID accountId) {
		UUID municipality = AccountAccessPolicy.requireAdministrator(user);
		Account account = find(municipality, accountId);
		if (secondFactors.reset(municipality, accountId)) {
			sessions.endAll(account);
			events.publishEvent(new SecurityEvent.SecondFactorReset(municipality, user.userId(), accountId));
		}
		return account;
	}

	@Transactional
	Account create(CurrentUser user, NewAccount form) {
		UUID municipality = AccountAccessPolicy.requireAdministrator(user);
		String username = form.username() == null ? "" : form.username().strip();
		AccountRules.checkNew(form, accounts.usernameTaken(username), teamNames(municipality).keySet());
		Account account = Account.open(municipality, form, passwords.encode(form.password()));
		try {
			accounts.add(account);
		}
		catch (DuplicateKeyException takenInTheMeantime) {
			throw InvalidInput.of("username", "account.username.taken");
		}
		events.publishEvent(new SecurityEvent.AccountCreated(municipality, user.userId(), account.id(), account.roles(),
				account.teamId()));
		return account;
	}

	/**
	 * Disabling also ends the account's sessions and tokens, so the person loses access
	 * at their next request, not only at their next login.
	 * @throws OptimisticLockingFailureException when somebody else changed the account
	 * after the page was shown; their change stays
	 */
	@Transactional
	Account changeStatus(CurrentUser user, UUID accountId, StatusForm form) {
		Account account = find(AccountAccessPolicy.requireAdministrator(user), accountId);
		Account changed = form.enabled() ? account.enabled(form.version()) : account.disabledBy(user, form.version());
		save(changed);
		if (!changed.enabled()) {
			sessions.endAll(changed);
		}
		events.publishEvent(new SecurityEvent.AccountChanged(changed.municipalityId(), user.userId(), changed.id(),
				changed.enabled() ? "account-enabled" : "account-disabled"));
		return changed;
	}

	/**
	 * Also ends the account's sessions and tokens: a reset usually means somebody else
	 * may know the old password.
	 * @throws OptimisticLockingFailureException as {@link #changeStatus}
	 */
	@Transactional
	Account resetPassword(CurrentUser user, UUID accountId, PasswordForm form) {
		Account account = find(AccountAccessPolicy.requireAdministrator(user), accountId);
		AccountRules.checkPassword(form);
		Account changed = account.withPasswordHash(passwords.encode(form.password()), form.version());
		save(changed);
		sessions.endAll(changed);
		events.publishEvent(new SecurityEvent.AccountChanged(changed.municipalityId(), user.userId(), changed.id(),
				"password-reset"));
		return changed;
	}

	/** The signed-in person's own account: any role may see it. */
	@Transactional(readOnly = true)
	AccountPage.Row ownAccount(CurrentUser user) {
		return row(find(user.municipalityId(), user.userId()), teamNames(user.municipalityId()));
	}

	/**
	 * Whether the signed-in person logs in through the municipality's provider: their
	 * Regie password is then no way in, and their password is the provider's business.
	 */
	@Transactional(readOnly = true)
	boolean signsInThroughProvider(CurrentUser user) {
		return links.signsInThroughProvider(user.userId());
	}

	/**
	 * Changes the signed-in person's own password after checking the current one. Other
	 * sessions and API tokens of the account end; the one in use stays.
	 * @param keptSessionId the session the change was made in
	 * @throws InvalidInput when the current password is wrong or the new one breaks a
	 * rule, or the account logs in through the municipality's provider
	 */
	@Transactional
	void changeOwnPassword(CurrentUser user, OwnPasswordForm form, String keptSessionId) {
		Account account = find(user.municipalityId(), user.userId());
		if (links.signsInThroughProvider(account.id())) {
			throw InvalidInput.of("currentPassword", "ownAccount.password.throughProvider");
		}
		boolean currentMatches = form.currentPassword() != null
				&& passwords.matches(form.currentPassword(), account.passwordHash());
		AccountRules.checkOwnPassword(form, currentMatches);
		save(account.withPasswordHash(passwords.encode(form.newPassword()), account.version()));
		sessions.endAllExcept(account, keptSessionId);
	}

	private void save(Account changed) {
		if (!accounts.update(changed)) {
			throw new OptimisticLockingFailureException(
					"account " + changed.id() + " changed since version " + changed.version());
		}
	}

	private Account find(UUID municipality, UUID accountId) {
		return accounts.find(municipality, accountId).orElseThrow(NotFound::new);
	}

	private Map<UUID, String> teamNames(UUID municipality) {
		return teams.teamsOf(municipality)
			.stream()
			.collect(Collectors.toMap(AccountTeams.TeamChoice::id, AccountTeams.TeamChoice::name));
	}

	private static AccountPage.Row row(Account account, Map<UUID, String> teamNames) {
		return new AccountPage.Row(account.id(), account.username(), account.displayName(),
				account.roles().stream().sorted().toList(),
				account.teamId() == null ? null : teamNames.get(account.teamId()), account.enabled());
	}

}
