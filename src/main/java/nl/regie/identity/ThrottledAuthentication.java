package nl.regie.identity;

import nl.regie.platform.input.ControlCharacters;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
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

	private final SecondFactors secondFactors;

	ThrottledAuthentication(AuthenticationManager passwords, LoginThrottle throttle, ApplicationEventPublisher events,
			SecondFactors secondFactors) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.events = events;
		this.secondFactors = secondFactors;
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
		Authentication authenticated;
		try {
			authenticated = passwords.authenticate(attempt);
		}
		catch (AuthenticationException failed) {
			throttle.failed(username);
			events.publishEvent(new SecurityEvent.SignInRefused(null));
			return new Outcome(null, failed);
		}
		if (!(authenticated.getPrincipal() instanceof AccountUserDetailsService.AccountUserDetails account)) {
			return signedIn(username, authenticated);
		}
		SecondFactors.Need need = secondFactors.needOf(account.currentUser());
		if (need == SecondFactors.Need.NONE) {
			return signedIn(username, authenticated);
		}
		if (need == SecondFactors.Need.CODE && attempt.getDetails() instanceof OneTimeCode code) {
			return secondFactor(username, account, code.value(), authenticated);
		}
		// The throttle's count stays: only the second factor ends it, so knowing the
		// password does not buy fresh guesses at the code.
		return new Outcome(new SecondFactorPending(account, need), null);
	}

	/**
	 * The second step of the login page: the code for a half-finished sign-in, counted by
	 * the same throttle as the password.
	 * @throws TooManyFailedAttempts when the username is locked meanwhile
	 * @throws WrongOneTimeCode when the code is wrong or was used before
	 */
	Authentication completeSecondFactor(SecondFactorPending pending, String code) {
		String username = pending.account().getUsername();
		return throttle.oneAttemptAtATime(username, () -> {
			if (throttle.locked(username)) {
				events.publishEvent(new SecurityEvent.SignInLockedOut(pending.user().municipalityId()));
				return new Outcome(null, new TooManyFailedAttempts());
			}
			return secondFactor(username, pending.account(), code, signedInAs(pending.account()));
		}).authenticatedOrThrow();
	}

	/**
	 * After enrolment: the code that proved the new secret also completes the sign-in.
	 */
	Authentication completeEnrolment(SecondFactorPending pending) {
		String username = pending.account().getUsername();
		return throttle.oneAttemptAtATime(username, () -> signedIn(username, signedInAs(pending.account())))
			.authenticatedOrThrow();
	}

	/** Counts a wrong code typed while setting up the second factor. */
	void wrongEnrolmentCode(SecondFactorPending pending) {
		String username = pending.account().getUsername();
		throttle.oneAttemptAtATime(username, () -> {
			throttle.failed(username);
			events.publishEvent(new SecurityEvent.SecondFactorRefused(pending.user().municipalityId(),
					pending.user().userId(), "wrong-code"));
			return null;
		});
	}

	boolean locked(String username) {
		return throttle.locked(username);
	}

	private Outcome secondFactor(String username, AccountUserDetailsService.AccountUserDetails account, String code,
			Authentication authenticated) {
		CurrentUser user = account.currentUser();
		SecondFactors.Verdict verdict = secondFactors.verify(user, code);
		if (!verdict.accepted()) {
			throttle.failed(username);
			String reason = verdict == SecondFactors.Verdict.REPLAYED ? "replayed-code" : "wrong-code";
			events.publishEvent(new SecurityEvent.SecondFactorRefused(user.municipalityId(), user.userId(), reason));
			return new Outcome(null, new WrongOneTimeCode(verdict == SecondFactors.Verdict.REPLAYED));
		}
		if (verdict == SecondFactors.Verdict.RECOVERY_CODE_USED) {
			events.publishEvent(new SecurityEvent.RecoveryCodeUsed(user.municipalityId(), user.userId()));
		}
		return signedIn(username, authenticated);
	}

	private Outcome signedIn(String username, Authentication authenticated) {
		throttle.succeeded(username);
		if (authenticated.getPrincipal() instanceof HoldsCurrentUser holder) {
			CurrentUser user = holder.currentUser();
			events.publishEvent(new SecurityEvent.SignedIn(user.municipalityId(), user.userId(), user.mainRole()));
		}
		return new Outcome(authenticated, null);
	}

	private static Authentication signedInAs(AccountUserDetailsService.AccountUserDetails account) {
		return UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities());
	}

	private record Outcome(Authentication authenticated, AuthenticationException refusal) {

		Authentication authenticatedOrThrow() {
			if (refusal != null) {
				throw refusal;
			}
			return authenticated;
		}

	}

	/**
	 * The one-time code a client sends with the password to the token endpoint, carried
	 * as the attempt's details.
	 */
	record OneTimeCode(String value) {

		@Override
		public String toString() {
			return "OneTimeCode[" + Secrets.MASK + "]";
		}

	}

	/** The second factor was wrong, or a code that was already used. */
	static final class WrongOneTimeCode extends AuthenticationException {

		private final boolean replayed;

		WrongOneTimeCode(boolean replayed) {
			super(replayed ? "one-time code used before" : "wrong one-time code");
			this.replayed = replayed;
		}

		boolean replayed() {
			return replayed;
		}

	}

	/** Refused because of the lock; the password was not even looked at. */
	static final class TooManyFailedAttempts extends AuthenticationException {

		TooManyFailedAttempts() {
			super("too many failed attempts");
		}

	}

}
