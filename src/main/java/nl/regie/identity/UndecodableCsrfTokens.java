package nl.regie.identity;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Spring Security's default CSRF handling (tokens masked per response, against BREACH),
 * except that a sent token which does not decode counts as a wrong token (403): a token
 * of the right length whose bytes are not UTF-8 made the default throw, a 500.
 */
final class UndecodableCsrfTokens implements CsrfTokenRequestHandler {

	private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
		masked.handle(request, response, token);
	}

	@Override
	public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
		try {
			return masked.resolveCsrfTokenValue(request, token);
		}
		catch (IllegalArgumentException undecodable) {
			return null;
		}
	}

}
