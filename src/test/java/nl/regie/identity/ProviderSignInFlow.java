package nl.regie.identity;

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
 * The authorization code flow over real HTTP, as a browser does it: Regie's button,
 * Regie's redirect to the provider, the provider's sign-in page filled in with a subject
 * and claims, the provider's redirect back with a code, which Regie exchanges at the
 * provider's token endpoint. Keeps Regie's session cookie for what comes after.
 */
final class ProviderSignInFlow {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final URI regie;

	ProviderSignInFlow(int port) {
		this.regie = URI.create("http://localhost:" + port + "/");
	}

	/**
	 * @param claimsJson what the person types into the provider's claims field, e.g.
	 * {@code {"preferred_username": "a.jansen@gemeente.example"}}
	 * @return where Regie sends the browser after the provider's answer
	 */
	String signIn(String registrationId, String subject, String claimsJson) {
		String toRegieStart = location(get(regie.resolve("/login/sso/" + registrationId)));
		String toProvider = location(get(regie.resolve(toRegieStart)));
		URI authorize = URI.create(toProvider);
		String providerPage = get(authorize).body();
		if (!providerPage.contains("name=\"username\"")) {
			throw new IllegalStateException("the provider did not show its sign-in page");
		}
		String backToRegie = location(send(HttpRequest.newBuilder(authorize)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("username=" + encode(subject) + "&claims=" + encode(claimsJson)))));
		return location(get(URI.create(backToRegie)));
	}

	HttpResponse<String> get(String path) {
		return get(regie.resolve(path));
	}

	/** Posts a form of Regie's with the CSRF token of the page it is on. */
	HttpResponse<String> post(String pageWithForm, String action, String form) {
		Matcher token = CSRF.matcher(get(pageWithForm).body());
		if (!token.find()) {
			throw new IllegalStateException(pageWithForm + " has no CSRF token");
		}
		return send(HttpRequest.newBuilder(regie.resolve(action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + encode(token.group(1)))));
	}

	static String location(HttpResponse<String> response) {
		return response.headers()
			.firstValue("Location")
			.orElseThrow(() -> new IllegalStateException(
					"expected a redirect from " + response.uri() + ", got " + response.statusCode()));
	}

	private HttpResponse<String> get(URI uri) {
		return send(HttpRequest.newBuilder(uri).header("Accept", "text/html").GET());
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
