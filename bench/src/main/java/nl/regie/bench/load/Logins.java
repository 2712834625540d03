package nl.regie.bench.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Signs the generated users in before the load, as a browser and an API client would: the
 * login form (session cookie, then the CSRF token of a page) and
 * {@code POST /api/v1/auth/token}. The load then reuses each user's session or token, so
 * bcrypt is paid once per user, not per request.
 */
public final class Logins {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final String baseUrl;

	private final String password;

	private final ObjectMapper json = new ObjectMapper();

	private final Map<String, Identity> sessions = new HashMap<>();

	private final Map<String, String> tokens = new HashMap<>();

	public Logins(String baseUrl, String password) {
		this.baseUrl = baseUrl;
		this.password = password;
	}

	/** A signed-in screen user: the session cookie's value and a CSRF token for forms. */
	public record Identity(String session, String csrf) {
	}

	public Identity session(String username) throws IOException, InterruptedException {
		Identity known = this.sessions.get(username);
		if (known != null) {
			return known;
		}
		CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
		HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
		String loginPage = client
			.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		String form = "username=" + encode(username) + "&password=" + encode(this.password) + "&_csrf="
				+ encode(csrf(loginPage, "/login"));
		HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = login.headers().firstValue("Location").orElse("");
		if (login.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("login of " + username + " failed: " + login.statusCode() + " " + location);
		}
		HttpClient following = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		String home = following.send(HttpRequest.newBuilder(uri("/")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		String session = cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("SESSION"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no SESSION cookie for " + username));
		Identity identity = new Identity(session, csrf(home, "/"));
		this.sessions.put(username, identity);
		return identity;
	}

	public String token(String username) throws IOException, InterruptedException {
		String known = this.tokens.get(username);
		if (known != null) {
			return known;
		}
		String body = this.json.writeValueAsString(Map.of("username", username, "password", this.password));
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri("/api/v1/auth/token"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200 && response.statusCode() != 201) {
			throw new IllegalStateException("token for " + username + " refused: " + response.statusCode());
		}
		String token = this.json.readTree(response.body()).get("accessToken").asText();
		this.tokens.put(username, token);
		return token;
	}

	/**
	 * Sends one target's request as its user, the way the load does; answers the status.
	 */
	public HttpResponse<String> send(Page page, Page.Target target) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(target.path()));
		String body = body(page, target);
		if (page.door() == Page.Door.SCREEN) {
			request.header("Cookie", "SESSION=" + session(target.username()).session());
			if (body != null) {
				request.header("Content-Type", "application/x-www-form-urlencoded");
			}
		}
		else {
			request.header("Authorization", "Bearer " + token(target.username()));
			if (body != null) {
				request.header("Content-Type", "application/json");
			}
		}
		request.method(page.method(),
				body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The body with the user's CSRF token put in. */
	public String body(Page page, Page.Target target) throws IOException, InterruptedException {
		if (target.body() == null || !target.body().contains(Page.CSRF)) {
			return target.body();
		}
		return target.body().replace(Page.CSRF, encode(session(target.username()).csrf()));
	}

	private static String csrf(String html, String page) {
		Matcher matcher = CSRF.matcher(html);
		if (!matcher.find()) {
			throw new IllegalStateException("no CSRF token on " + page);
		}
		return matcher.group(1);
	}

	private URI uri(String path) {
		return URI.create(this.baseUrl + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
