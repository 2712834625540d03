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

	/**
	 * A person signed in to the screens through the municipality's OpenID Connect
	 * provider.
	 */
	record SignedInThroughProvider(UUID municipalityId, UUID userId, Role role) implements SecurityEvent {
	}

	/**
	 * The provider vouched for a person (or a token claimed so) and Regie refused:
	 * {@code reason} is a code such as {@code no-account}, {@code disabled},
	 * {@code wrong-audience} or {@code bad-signature}, never a claim value.
	 */
	record ProviderSignInRefused(UUID municipalityId, String reason) implements SecurityEvent {
	}

	/**
	 * The first sign-in of a provider's subject linked it to the account an administrator
	 * prepared.
	 */
	record ProviderAccountLinked(UUID municipalityId, UUID accountId, UUID providerId) implements SecurityEvent {
	}

	/**
	 * A local account set up its second factor (one-time codes) and got recovery codes.
	 */
	record SecondFactorEnrolled(UUID municipalityId, UUID userId) implements SecurityEvent {
	}

	/**
	 * A one-time code was refused after a correct password: {@code reason} is
	 * {@code wrong-code} or {@code replayed-code}.
	 */
	record SecondFactorRefused(UUID municipalityId, UUID userId, String reason) implements SecurityEvent {
	}

	/** A recovery code was used instead of a one-time code; it works only once. */
	record RecoveryCodeUsed(UUID municipalityId, UUID userId) implements SecurityEvent {
	}

	/**
	 * An administrator removed an account's second factor (a lost phone); the account
	 * enrols again at its next sign-in.
	 */
	record SecondFactorReset(UUID municipalityId, UUID administratorId, UUID accountId) implements SecurityEvent {
	}

	/**
	 * An administrator changed how the municipality signs in: its provider, or whether a
	 * second factor is required.
	 */
	record SignInSettingsChanged(UUID municipalityId, UUID administratorId, String change) implements SecurityEvent {
	}

	/** An administrator enabled or disabled an account, or set a new password. */
	record AccountChanged(UUID municipalityId, UUID administratorId, UUID accountId,
			String change) implements SecurityEvent {
	}

}
