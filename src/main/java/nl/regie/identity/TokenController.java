package nl.regie.identity;

import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.regie.platform.web.ApiConventions;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hands out API bearer tokens for local accounts.
 */
@RestController
@Tag(name = "auth", description = "Bearer tokens for local accounts")
class TokenController {

	static final String PATH = ApiConventions.BASE_PATH + "/auth/token";

	private final AuthenticationManager authentication;

	private final ApiTokens tokens;

	private final MessageSource messages;

	TokenController(AuthenticationManager authentication, ApiTokens tokens, MessageSource messages) {
		this.authentication = authentication;
		this.tokens = tokens;
		this.messages = messages;
	}

	@PostMapping(PATH)
	@Operation(summary = "Exchange username and password for a bearer token")
	@ApiResponse(responseCode = "200", description = "Token issued")
	@ApiResponse(responseCode = "401",
			description = "Wrong username or password, or the account's second factor is missing, wrong or was used before")
	@ApiResponse(responseCode = "429",
			description = "Too many failed attempts for this username; locked for 15 minutes (Retry-After)",
			headers = @Header(name = "Retry-After", description = "Seconds to wait before trying again",
					schema = @Schema(type = "integer")),
			content = @Content(mediaType = "application/problem+json"))
	TokenResponse token(@Valid @RequestBody TokenRequest request) {
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken
			.unauthenticated(request.username(), request.password());
		if (request.oneTimeCode() != null && !request.oneTimeCode().isBlank()) {
			attempt.setDetails(new ThrottledAuthentication.OneTimeCode(request.oneTimeCode()));
		}
		Authentication authenticated = authentication.authenticate(attempt);
		if (authenticated instanceof SecondFactorPending pending) {
			throw new SecondFactorMissing(pending.need() == SecondFactors.Need.ENROLMENT);
		}
		if (!(authenticated.getPrincipal() instanceof HoldsCurrentUser holder)) {
			throw new BadCredentialsException("no Regie user");
		}
		ApiTokens.IssuedToken token = tokens.issue(holder.currentUser());
		return new TokenResponse(token.value(), "Bearer", token.lifetime().toSeconds());
	}

	@DeleteMapping(PATH)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "End the bearer token this request was sent with",
			description = "Afterwards the token answers 401. Logging out of the screens can end all of a user's "
					+ "tokens at once.")
	@ApiResponse(responseCode = "204", description = "Token ended")
	void revoke(BearerTokenAuthentication caller) {
		tokens.revoke(caller.getToken().getTokenValue());
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<ProblemDetail> wrongCredentials(Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
				messages.getMessage("problem.bad-credentials", null, locale));
		problem.setTitle(messages.getMessage("problem.bad-credentials.title", null, locale));
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header("WWW-Authenticate", "Bearer").body(problem);
	}

	/**
	 * The password was right but the account has a second factor: the client sends the
	 * code from the app as {@code oneTimeCode}. An account that still has to set one up
	 * does so on the screens first.
	 */
	@ExceptionHandler(SecondFactorMissing.class)
	ResponseEntity<ProblemDetail> secondFactorMissing(SecondFactorMissing missing, Locale locale) {
		return unauthorized(missing.enrolmentFirst() ? "problem.secondFactor.enrol" : "problem.secondFactor.required",
				locale);
	}

	@ExceptionHandler(ThrottledAuthentication.WrongOneTimeCode.class)
	ResponseEntity<ProblemDetail> wrongOneTimeCode(ThrottledAuthentication.WrongOneTimeCode wrong, Locale locale) {
		return unauthorized(wrong.replayed() ? "secondFactor.code.replayed" : "secondFactor.code.wrong", locale);
	}

	private ResponseEntity<ProblemDetail> unauthorized(String detailKey, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
				messages.getMessage(detailKey, null, locale));
		problem.setTitle(messages.getMessage("problem.secondFactor.title", null, locale));
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header("WWW-Authenticate", "Bearer").body(problem);
	}

	/**
	 * 429 rather than 401: the client should wait, not ask for the password again.
	 * Unknown usernames are locked the same way, so this says nothing about whether one
	 * exists.
	 */
	@ExceptionHandler(ThrottledAuthentication.TooManyFailedAttempts.class)
	ResponseEntity<ProblemDetail> tooManyFailedAttempts(Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				messages.getMessage("login.locked", null, locale));
		problem.setTitle(messages.getMessage("problem.locked.title", null, locale));
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header("Retry-After", String.valueOf(LoginThrottle.LOCK.toSeconds()))
			.body(problem);
	}

	/**
	 * @param oneTimeCode the code from the authenticator app (or a recovery code), for
	 * accounts with a second factor
	 */
	record TokenRequest(@NotBlank @Size(max = ThrottledAuthentication.MAX_USERNAME_LENGTH) String username,
			@NotBlank @Size(max = ThrottledAuthentication.MAX_PASSWORD_LENGTH) String password,
			@Size(max = 20) @Schema(description = "The code from the authenticator app, or a recovery code, "
					+ "for an account with a second factor", example = "123456") String oneTimeCode) {

		@Override
		public String toString() {
			return "TokenRequest[username=" + username + ", password=" + Secrets.MASK + ", oneTimeCode=" + Secrets.MASK
					+ "]";
		}

	}

	/** The password alone is not enough for this account. */
	static final class SecondFactorMissing extends AuthenticationException {

		private final boolean enrolmentFirst;

		SecondFactorMissing(boolean enrolmentFirst) {
			super("second factor missing");
			this.enrolmentFirst = enrolmentFirst;
		}

		boolean enrolmentFirst() {
			return enrolmentFirst;
		}

	}

	record TokenResponse(String accessToken, String tokenType, long expiresIn) {
	}

}
