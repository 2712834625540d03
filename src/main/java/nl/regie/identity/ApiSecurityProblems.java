package nl.regie.identity;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * 401 and 403 of the API as problem+json, written before any controller is reached.
 */
@Component
class ApiSecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	ApiSecurityProblems(MessageSource messages, LocaleResolver locales, JsonMapper json) {
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		if (e instanceof ProviderSignInRefused refused) {
			// A provider's token: say what is wrong with it (RFC 6750 invalid_token).
			response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
			if (refused.reason() == ProviderSignInRefused.Reason.LOCKED) {
				response.setHeader("Retry-After", String.valueOf(LoginThrottle.LOCK.toSeconds()));
				write(request, response, HttpStatus.TOO_MANY_REQUESTS, "problem.token.locked", "problem.locked.title");
				return;
			}
			write(request, response, HttpStatus.UNAUTHORIZED, "problem.token." + refused.reason().code(),
					"problem.token.title");
			return;
		}
		response.setHeader("WWW-Authenticate", "Bearer");
		write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthenticated");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden");
	}

	void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
			throws IOException {
		write(request, response, status, key, key + ".title");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key,
			String titleKey) throws IOException {
		var locale = locales.resolveLocale(request);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", messages.getMessage(titleKey, null, locale));
		problem.put("status", status.value());
		problem.put("detail", messages.getMessage(key, null, locale));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

}
