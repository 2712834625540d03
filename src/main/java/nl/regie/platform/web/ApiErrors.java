package nl.regie.platform.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The problem+json body for an API error that no controller answered: unknown path,
 * method not allowed, a request Tomcat or the firewall refused before Spring saw it, or
 * an unexpected failure. Written by hand (no content negotiation), so it is problem+json
 * even when the client asked for XML or HTML.
 */
final class ApiErrors {

	private ApiErrors() {
	}

	static boolean isApi(String requestUri) {
		return requestUri != null && requestUri.startsWith(ApiConventions.BASE_PATH + "/");
	}

	static void write(MessageSource messages, HttpServletRequest request, HttpServletResponse response, int status)
			throws IOException {
		Locale locale = LanguageConfiguration.apiLocale(request);
		String key = key(status);
		String title = messages.getMessage(key + ".title", null, locale);
		String detail = messages.getMessage(key, null, locale);
		String body = "{\"type\":\"about:blank\",\"title\":" + quoted(title) + ",\"status\":" + status + ",\"detail\":"
				+ quoted(detail) + "}";
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		response.setStatus(status);
		response.setHeader("API-Version", ApiConventions.VERSION);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.setContentLength(bytes.length);
		OutputStream out = response.getOutputStream();
		out.write(bytes);
		out.flush();
	}

	static String key(int status) {
		return switch (status) {
			case 401 -> "problem.unauthenticated";
			case 403 -> "problem.forbidden";
			case 404 -> "problem.not-found";
			case 405 -> "problem.method-not-allowed";
			case 406 -> "problem.not-acceptable";
			case 409 -> "problem.state-conflict";
			case 413 -> "problem.too-large";
			case 415 -> "problem.unsupported-media-type";
			default -> status >= 500 ? "problem.server-error" : "problem.bad-request";
		};
	}

	static int statusOf(Object attribute) {
		if (attribute instanceof Integer status && HttpStatus.resolve(status) != null) {
			return status;
		}
		return HttpStatus.INTERNAL_SERVER_ERROR.value();
	}

	private static String quoted(String text) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				default -> {
					if (c < 0x20) {
						quoted.append(String.format("\\u%04x", (int) c));
					}
					else {
						quoted.append(c);
					}
				}
			}
		}
		return quoted.append('"').toString();
	}

}
