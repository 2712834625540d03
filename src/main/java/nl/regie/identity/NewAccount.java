package nl.regie.identity;

import java.util.Set;
import java.util.UUID;

/**
 * The form that creates an account.
 *
 * @param password the initial password; only its hash is stored
 * @param teamId {@code null} for people outside a team (administrators, policy officers)
 */
record NewAccount(String username, String displayName, String password, Set<Role> roles, UUID teamId) {

	NewAccount {
		roles = roles == null ? Set.of() : Set.copyOf(roles);
	}

	static NewAccount empty() {
		return new NewAccount("", "", "", Set.of(), null);
	}

	@Override
	public String toString() {
		return "NewAccount[username=" + username + ", displayName=" + displayName + ", password=" + Secrets.MASK
				+ ", roles=" + roles + ", teamId=" + teamId + "]";
	}

}
