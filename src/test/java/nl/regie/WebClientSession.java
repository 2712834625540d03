package nl.regie;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without a browser: real HTTP against the running server, with cookies and
 * CSRF tokens, for what MockMvc cannot show (error pages rendered by the container).
 */
public final class WebClientSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String baseUrl;

	private WebClientSession(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public static WebClientSession loggedIn(int port, String username, String password) {
		WebClientSession session = new WebClientSession("http://localhost:" + port);
		String loginPage = session.get("/login").body();
		Matcher token = CSRF.matcher(loginPage);
		if (!token.find()) {
			throw new IllegalStateException("login page has no CSRF token");
		}
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
				+ encode(token.group(1));
		session.send(HttpRequest.newBuilder(URI.create(session.baseUrl + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
		return session;
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/html").GET());
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
