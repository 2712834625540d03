package nl.regie.identity;

import java.util.Set;
import java.util.UUID;

import nl.regie.platform.domain.StateConflict;

/**
 * A local account as stored; the password hash never leaves this module. Changes go
 * through the methods below, which hold the rules an administrator cannot break.
 *
 * @param version the version read; saving a change with an older one loses to whoever
 * saved in between
 */
record Account(UUID id, UUID municipalityId, String username, String displayName, String passwordHash, UUID teamId,
		boolean enabled, int version, Set<Role> roles) {

	Account {
		roles = Set.copyOf(roles);
	}

	/** A new, enabled account; the rules of {@link AccountRules} have been checked. */
	static Account open(UUID municipalityId, NewAccount form, String passwordHash) {
		return new Account(UUID.randomUUID(), municipalityId, form.username().strip(), form.displayName().strip(),
				passwordHash, form.teamId(), true, 0, form.roles());
	}

	/**
	 * @throws StateConflict when administrators would lock themselves out: nobody could
	 * enable them again if they were the municipality's last administrator
	 */
	Account disabledBy(CurrentUser administrator, int readVersion) {
		if (administrator.userId().equals(id)) {
			throw new StateConflict("account.disable.self");
		}
		return new Account(id, municipalityId, username, displayName, passwordHash, teamId, false, readVersion, roles);
	}

	Account enabled(int readVersion) {
		return new Account(id, municipalityId, username, displayName, passwordHash, teamId, true, readVersion, roles);
	}

	Account withPasswordHash(String newHash, int readVersion) {
		return new Account(id, municipalityId, username, displayName, newHash, teamId, enabled, readVersion, roles);
	}

	CurrentUser toCurrentUser() {
		return new CurrentUser(id, username, displayName, municipalityId, teamId, roles);
	}

	/**
	 * Without the password hash: an account in a log line must not help anyone crack it.
	 */
	@Override
	public String toString() {
		return "Account[id=" + id + ", municipalityId=" + municipalityId + ", username=" + username + ", teamId="
				+ teamId + ", enabled=" + enabled + ", version=" + version + ", roles=" + roles + ", passwordHash="
				+ Secrets.MASK + "]";
	}

}
