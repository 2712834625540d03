package nl.regie.identity;

import java.util.Set;
import java.util.UUID;

/**
 * What happened at the doors and to people's rights, in the past tense, for the audit
 * log. Never carries a typed username or password: a refused username may be somebody's
 * password typed in the wrong field.
 */
public sealed interface SecurityEvent {

	/** The municipality whose log the event belongs to; {@code null} when unknown. */
	UUID municipalityId();

	/** A person signed in, at the login page or the token endpoint. */
	record SignedIn(UUID municipalityId, UUID userId, Role role) implements SecurityEvent {
	}

	/** A sign-in was refused: wrong password, unknown username or disabled account. */
	record SignInRefused(UUID municipalityId) implements SecurityEvent {
	}

	/** A sign-in was refused because the username is locked after too many failures. */
	record SignInLockedOut(UUID municipalityId) implements SecurityEvent {
	}

	/**
	 * An administrator created an account, with these roles in this team.
	 *
	 * @param teamId {@code null} for an account outside a team
	 */
	record AccountCreated(UUID municipalityId, UUID administratorId, UUID accountId, Set<Role> roles,
			UUID teamId) implements SecurityEvent {

		public AccountCreated {
			roles = Set.copyOf(roles);
		}

	}

	/** An administrator enabled or disabled an account, or set a new password. */
	record AccountChanged(UUID municipalityId, UUID administratorId, UUID accountId,
			String change) implements SecurityEvent {
	}

}
