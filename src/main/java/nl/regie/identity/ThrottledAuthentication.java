package nl.regie.identity;

import nl.regie.platform.input.ControlCharacters;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * The one authentication manager behind both doors (login page and token endpoint), so a
 * lock started at one door also holds at the other.
 */
class ThrottledAuthentication implements AuthenticationManager {

	private final AuthenticationManager passwords;

	private final LoginThrottle throttle;

	private final ApplicationEventPublisher events;

	ThrottledAuthentication(AuthenticationManager passwords, LoginThrottle throttle, ApplicationEventPublisher events) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.events = events;
	}

	/**
	 * No account has a longer username, so such an attempt fails at once, before any
	 * query: nothing is counted or stored for it.
	 */
	static final int MAX_USERNAME_LENGTH = 60;

	/** Longer than any password bcrypt can check (72 bytes); refused without hashing. */
	static final int MAX_PASSWORD_LENGTH = 200;

	@Override
	public Authentication authenticate(Authentication attempt) {
		String username = attempt.getName();
		if (username == null || username.length() > MAX_USERNAME_LENGTH || ControlCharacters.present(username)) {
			throw new BadCredentialsException("not a username");
		}
		return throttle.oneAttemptAtATime(username, () -> attempt(attempt, username)).authenticatedOrThrow();
	}

	private Outcome attempt(Authentication attempt, String username) {
		if (throttle.locked(username)) {
			events.publishEvent(new SecurityEvent.SignInLockedOut(null));
			return new Outcome(null, new TooManyFailedAttempts());
		}
		if (attempt.getCredentials() instanceof String password && password.length() > MAX_PASSWORD_LENGTH) {
			throttle.failed(username);
			return new Outcome(null, new BadCredentialsException("password too long"));
		}
		try {
			Authentication authenticated = passwords.authenticate(attempt);
			throttle.succeeded(username);
			if (authenticated.getPrincipal() instanceof HoldsCurrentUser holder) {
				CurrentUser user = holder.currentUser();
				events.publishEvent(new SecurityEvent.SignedIn(user.municipalityId(), user.userId(), user.mainRole()));
			}
			return new Outcome(authenticated, null);
		}
		catch (AuthenticationException failed) {
			throttle.failed(username);
			events.publishEvent(new SecurityEvent.SignInRefused(null));
			return new Outcome(null, failed);
		}
	}

	private record Outcome(Authentication authenticated, AuthenticationException refusal) {

		Authentication authenticatedOrThrow() {
			if (refusal != null) {
				throw refusal;
			}
			return authenticated;
		}

	}

	/** Refused because of the lock; the password was not even looked at. */
	static final class TooManyFailedAttempts extends AuthenticationException {

		TooManyFailedAttempts() {
			super("too many failed attempts");
		}

	}

}
