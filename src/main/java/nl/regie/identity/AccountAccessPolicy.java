package nl.regie.identity;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Who may manage accounts: only functional administrators, and only the accounts of their
 * own municipality. Every account operation starts here.
 */
final class AccountAccessPolicy {

	private AccountAccessPolicy() {
	}

	static boolean mayManageAccounts(CurrentUser user) {
		return user.has(Role.FUNCTIONAL_ADMINISTRATOR);
	}

	/**
	 * @return the only municipality whose accounts the user may see and change
	 */
	static UUID requireAdministrator(CurrentUser user) {
		if (!mayManageAccounts(user)) {
			throw new AccessDeniedException("only functional administrators manage accounts");
		}
		return user.municipalityId();
	}

	/**
	 * An account id that is not in the administrator's municipality. Answered as "not
	 * found", never as "forbidden", so account ids of other municipalities cannot be
	 * probed.
	 */
	@ResponseStatus(HttpStatus.NOT_FOUND)
	static final class NotInMunicipality extends RuntimeException {

		NotInMunicipality() {
			super("account is not part of the administrator's municipality");
		}

	}

}
