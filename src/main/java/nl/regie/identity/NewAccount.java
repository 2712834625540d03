package nl.regie.identity;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The form that creates an account.
 *
 * @param password the initial password; only its hash is stored
 * @param teamId {@code null} for people outside a team (administrators, policy officers)
 */
record NewAccount(String username, String displayName, String password, Set<Role> roles, UUID teamId) {

	NewAccount {
		// An empty or unknown choice converts to no role, not to a null in the set.
		roles = roles == null ? Set.of()
				: roles.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
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
