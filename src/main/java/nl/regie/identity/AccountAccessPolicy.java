package nl.regie.identity;

import java.util.UUID;

import nl.regie.platform.access.AccessDecision;

/**
 * Who may manage accounts: only functional administrators, and only the accounts of their
 * own municipality (an account id of another municipality is not found). Every account
 * operation starts here.
 */
final class AccountAccessPolicy {

	private AccountAccessPolicy() {
	}

	static AccessDecision manageAccounts(CurrentUser user) {
		return user.has(Role.FUNCTIONAL_ADMINISTRATOR) ? AccessDecision.allowed()
				: AccessDecision.refused("access.accounts.administratorOnly");
	}

	/**
	 * @return the only municipality whose accounts the user may see and change
	 */
	static UUID requireAdministrator(CurrentUser user) {
		manageAccounts(user).orRefuse();
		return user.municipalityId();
	}

}
