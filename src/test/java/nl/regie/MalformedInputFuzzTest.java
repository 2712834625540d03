package nl.regie;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed requests, generated from the served OpenAPI document and from the forms on
 * the screens: wrong types, 1 MB strings, NUL and unpaired surrogates, huge and negative
 * numbers, missing fields, wrong content types, duplicate keys. Every one must be
 * answered without a 5xx and without a stack trace or exception name; every API error is
 * problem+json with the API-Version header; and a refused request creates nothing.
 * <p>
 * Sent over real HTTP (raw sockets), so Tomcat's own refusals are included. Runs on its
 * own database (its own context), because a mutation that happens to be valid is saved.
 */
@RegieTest
@TestPropertySource(properties = "regie.test.isolated=malformed-input")
class MalformedInputFuzzTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String MEGABYTE = "x".repeat(1024 * 1024);

	/** Raw JSON values put in place of a field. */
	private static final List<String> JSON_MUTATIONS = List.of("123", "\"tekst\"", "true", "null", "[]", "{}",
			"\"" + MEGABYTE + "\"", "\"a\\u0000b\"", "\"\\ud800\"", "1e999999999", "-1", "99999999999999999999",
			"\"12-04-1989\"", "\"-0001-01-01\"", "\"NIET_BESTAAND\"");

	/** Form values put in place of a field (already URL-encoded). */
	private static final List<String> FORM_MUTATIONS = List.of("12-04-1989", "NIET_BESTAAND", "geen-id", "1e999999999",
			"-99999999999", "a%00b", "%ED%A0%80", "", "%01%02%1B", MEGABYTE);

	private static final Pattern STACK_TRACE = Pattern
		.compile("Exception|\\bat (java|org|nl|jdk|com)\\.|\\.java:\\d+|java\\.lang|org\\.springframework|Caused by");

	private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);

	private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)=\"([^\"]*)\"");

	private static final Pattern CONTROL = Pattern.compile("<(input|select|textarea)\\b([^>]*)>", Pattern.DOTALL);

	private static final Pattern OPTION = Pattern.compile("<option\\b[^>]*value=\"([^\"]+)\"");

	private static final Pattern REFERRAL_LINK = Pattern.compile("href=\"/referrals/([0-9a-f-]{36})\"");

	private static final Pattern TEAM_LINK = Pattern.compile("href=\"/admin/teams/([0-9a-f-]{36})\"");

	private static final Pattern ACCOUNT_LINK = Pattern.compile("href=\"/admin/accounts/([0-9a-f-]{36})\"");

	/** Tables a request of this test could add rows to. */
	private static final List<String> TABLES = List.of("referral", "household", "household_member",
			"household_involvement", "referral_screening", "referral_decision", "referrer_message", "case_file",
			"user_account", "user_role", "team", "team_member", "area", "area_level", "label_override",
			"team_capacity");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final List<String> failures = new ArrayList<>();

	private final Map<Integer, Integer> statuses = new TreeMap<>();

	private int sent;

	@Test
	void malformedRequestsGetAClearRefusalNeverAServerError() throws Exception {
		String bearer = "Bearer " + JSON
			.readTree(send(Request.json("POST", "/api/v1/auth/token",
					"{\"username\":\"teamleider\",\"password\":\"regie-demo\"}", null))
				.body())
			.get("accessToken")
			.asString();
		Session leader = Session.login(this, "teamleider");
		Session administrator = Session.login(this, "beheerder");
		String referralId = first(REFERRAL_LINK, leader.get("/referrals").body());

		fuzzApi(bearer, referralId);
		fuzzTransport(bearer);
		fuzzForms(leader, List.of("/referrals/new", "/referrals/" + referralId, "/referrals/waitlist"));
		String admin = administrator.get("/admin").body();
		String accounts = administrator.get("/admin/accounts").body();
		fuzzForms(administrator, List.of("/admin", "/admin/teams/" + first(TEAM_LINK, admin), "/admin/labels",
				"/admin/accounts/new", "/admin/sign-in", "/admin/accounts/" + first(ACCOUNT_LINK, accounts)));
		fuzzPaging(leader, administrator, bearer);

		System.out.println("Malformed requests sent: " + sent + ", statuses: " + statuses);
		assertThat(sent).isGreaterThanOrEqualTo(300);
		assertThat(failures).isEmpty();
	}

	// --- the API, from its OpenAPI document ---

	private void fuzzApi(String bearer, String referralId) throws Exception {
		JsonNode document = JSON.readTree(send(Request.get("/api/v1/openapi.json", null)).body());
		for (var path : document.get("paths").properties()) {
			for (var operation : path.getValue().properties()) {
				String method = operation.getKey().toUpperCase(Locale.ROOT);
				JsonNode op = operation.getValue();
				String url = path.getKey().replaceAll("\\{[^}]+}", referralId);
				String auth = url.endsWith("/auth/token") ? null : bearer;
				for (String bad : List.of("geen-id", "%00", "a%2fb", "99999999999999999999", "%ED%A0%80")) {
					if (path.getKey().contains("{")) {
						check(send(new Request(method, path.getKey().replaceAll("\\{[^}]+}", bad), auth,
								"application/json", method.equals("GET") ? null : "{}")));
					}
				}
				for (JsonNode parameter : iterable(op.get("parameters"))) {
					if ("query".equals(parameter.get("in").asString())) {
						for (String value : List.of("abc", "1e999999999", "-2147483649", "99999999999999999999", "%00",
								"NIET_BESTAAND", "%ED%A0%80", "-1")) {
							check(send(Request.get(url + "?" + parameter.get("name").asString() + "=" + value, auth)));
						}
					}
				}
				JsonNode body = op.path("requestBody").path("content").path("application/json").path("schema");
				if (!body.isMissingNode()) {
					fuzzBody(method, url, auth, sample(document, body, 0));
				}
			}
		}
		check(send(Request.get("/api/v1/referrals", "Bearer " + "x".repeat(100_000))));
		check(send(Request.get("/api/v1/referrals", "Bearer a%00b")));
		check(send(Request.get("/api/v1/referrals", null)));
	}

	private void fuzzBody(String method, String url, String auth, JsonNode sample) throws Exception {
		String valid = JSON.writeValueAsString(sample);
		List<String> leaves = new ArrayList<>();
		leaves(sample, "", leaves);
		for (int i = 0; i < leaves.size(); i++) {
			String leaf = leaves.get(i);
			// every other mutation per field, alternating, so each mutation meets half
			// the fields
			for (int j = i % 2; j < JSON_MUTATIONS.size(); j += 2) {
				check(send(Request.json(method, url, replaced(sample, leaf, JSON_MUTATIONS.get(j)), auth)));
			}
			check(send(Request.json(method, url, removed(sample, leaf), auth)));
		}
		if (sample.isObject() && !sample.isEmpty()) {
			String firstKey = sample.propertyNames().iterator().next();
			for (String mutation : List.of("123", "\"tekst\"", "null")) {
				check(send(Request.json(method, url, "{\"" + firstKey + "\":" + mutation + "," + valid.substring(1),
						auth)));
			}
		}
		for (String whole : List.of("", "null", "[]", "{", "{}", "niet-json", "\"tekst\"", "[".repeat(5000),
				"{\"a\":\"\\u0000\"}", valid + "x")) {
			check(send(Request.json(method, url, whole, auth)));
		}
		for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
				"application/json; charset=ISO-8859-1")) {
			check(send(new Request(method, url, auth, type, valid)));
		}
		check(send(new Request(method, url, auth, null, valid)));
	}

	/**
	 * Errors outside any controller: unknown paths, methods, encodings Tomcat refuses.
	 */
	private void fuzzTransport(String bearer) throws IOException {
		for (String path : List.of("/api/v1/bestaat-niet", "/api/v1/", "/api/v1/%00", "/api/v1/a%2fb",
				"/api/v1/referrals/%zz", "/api/v1/referrals;jsessionid=x", "/api/v1/referrals/..%2f..%2fetc",
				"/api/v1/referrals?page=%zz", "/api/v1/%ED%A0%80", "/api/v1//referrals", "/api/v1/referrals%20x",
				"/api/v1/referrals/%2e%2e")) {
			check(send(Request.get(path, bearer)));
		}
		for (String method : List.of("DELETE", "PATCH", "PUT", "TRACE", "OPTIONS", "BLAH")) {
			check(send(new Request(method, "/api/v1/referrals", bearer, "application/json", "{}")));
		}
		check(send(new Request("GET", "/api/v1/referrals", bearer, null, null, Map.of("Accept", "text/html"))));
		check(send(new Request("GET", "/api/v1/referrals", bearer, null, null, Map.of("Accept", "application/xml"))));
	}

	// --- the screens, from their forms ---

	private void fuzzForms(Session session, List<String> pages) throws IOException {
		for (String page : pages) {
			Response shown = session.get(page);
			assertThat(shown.status()).as(page).isEqualTo(200);
			Matcher forms = FORM.matcher(shown.body());
			while (forms.find()) {
				Map<String, String> attributes = attributes(forms.group(1));
				String action = attributes.getOrDefault("action", page);
				if (!"post".equalsIgnoreCase(attributes.get("method")) || action.startsWith("/logout")) {
					continue;
				}
				Map<String, String> fields = fields(forms.group(2));
				String csrf = fields.remove("_csrf");
				int i = 0;
				for (String field : fields.keySet()) {
					for (int j = i++ % 2; j < FORM_MUTATIONS.size(); j += 2) {
						Map<String, String> mutated = new LinkedHashMap<>(fields);
						mutated.put(field, FORM_MUTATIONS.get(j));
						check(session.post(action, csrf, mutated));
					}
				}
				check(session.post(action, csrf, Map.of()));
				for (String index : List.of("[100000000]", "[-1]", "[abc]", "[2147483648]", "[99999]")) {
					check(session.post(action, csrf, Map.of("household.members" + index + ".givenName", "x",
							"lifeDomains" + index, "x", "nl" + index, "x", "roles" + index, "x")));
				}
				check(session.post(action, csrf, Map.of("a.b.c.d.e.f", "x", "class.module", "x")));
				check(session.send(new Request("POST", action, session.cookie(), "text/plain", "_csrf=" + csrf)));
			}
		}
	}

	private void fuzzPaging(Session leader, Session administrator, String bearer) throws IOException {
		for (String page : List.of("100000000", "2147483647", "-1", "-2147483648", "abc", "1e10",
				"99999999999999999999")) {
			check(leader.get("/referrals?page=" + page));
			check(administrator.get("/admin/accounts?page=" + page));
			check(send(Request.get("/api/v1/referrals?page=" + page, bearer)));
		}
		for (String filter : List.of("status=NIET", "area=geen-id", "waitingLongerThanDays=1e999",
				"waitingLongerThanDays=-5", "referrerType=%00", "status=%ED%A0%80")) {
			check(leader.get("/referrals?" + filter));
		}
	}

	// --- checking ---

	private void check(Response response) {
		sent++;
		statuses.merge(response.status(), 1, Integer::sum);
		String what = response.request().method() + " " + abbreviated(response.request().path()) + " "
				+ abbreviated(String.valueOf(response.request().body()));
		if (response.status() >= 500 || response.status() == 0) {
			failures.add(response.status() + " for " + what + ": " + abbreviated(response.body()));
		}
		Matcher trace = STACK_TRACE.matcher(response.body());
		if (trace.find()) {
			failures.add("'" + trace.group() + "' in the answer to " + what + ": " + abbreviated(response.body()));
		}
		if (response.request().path().startsWith("/api/") && response.status() >= 400) {
			if (!response.header("content-type").startsWith("application/problem+json")) {
				failures.add("not problem+json but '" + response.header("content-type") + "' (" + response.status()
						+ ") for " + what + ": " + abbreviated(response.body()));
			}
			if (!response.header("api-version").equals("1.0.0")) {
				failures.add("no API-Version header (" + response.status() + ") for " + what);
			}
		}
		if (response.refused() && !response.countsBefore().equals(response.countsAfter())) {
			failures.add("refused (" + response.status() + ") but rows were added for " + what + ": "
					+ response.countsBefore() + " -> " + response.countsAfter());
		}
	}

	private Map<String, Long> counts() {
		String sql = "select " + String.join(", ",
				TABLES.stream().map(table -> "(select count(*) from " + table + ") as " + table).toList());
		return jdbc.sql(sql).query((rs, n) -> {
			Map<String, Long> counts = new LinkedHashMap<>();
			for (String table : TABLES) {
				counts.put(table, rs.getLong(table));
			}
			return counts;
		}).single();
	}

	Response send(Request request) throws IOException {
		Map<String, Long> before = counts();
		byte[] raw = request.raw(port);
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			try {
				out.write(raw);
				out.flush();
			}
			catch (IOException closedEarly) {
				// The server may refuse and close before reading all of a large body.
			}
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			try {
				in.transferTo(answer);
			}
			catch (IOException reset) {
				// a reset after the answer was written
			}
			return Response.parse(request, answer.toByteArray(), before, counts());
		}
	}

	// --- JSON samples from the OpenAPI schemas ---

	private static JsonNode sample(JsonNode document, JsonNode schema, int depth) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		if (schema.has("$ref")) {
			String[] ref = schema.get("$ref").asString().split("/");
			return sample(document, document.get("components").get("schemas").get(ref[ref.length - 1]), depth);
		}
		if (depth > 6) {
			return nodes.nullNode();
		}
		if (schema.has("enum")) {
			return schema.get("enum").get(0);
		}
		String type = schema.path("type").asString("object");
		return switch (type) {
			case "object" -> {
				ObjectNode object = nodes.objectNode();
				for (var property : schema.path("properties").properties()) {
					object.set(property.getKey(), sample(document, property.getValue(), depth + 1));
				}
				yield object;
			}
			case "array" -> {
				ArrayNode array = nodes.arrayNode();
				array.add(sample(document, schema.path("items"), depth + 1));
				yield array;
			}
			case "integer" -> nodes.numberNode(1);
			case "number" -> nodes.numberNode(1.5);
			case "boolean" -> nodes.booleanNode(true);
			default -> switch (schema.path("format").asString("")) {
				case "date" -> nodes.stringNode("1980-04-12");
				case "uuid" -> nodes.stringNode("00000000-0000-0000-0000-000000000000");
				case "date-time" -> nodes.stringNode("2026-01-01T10:00:00Z");
				default -> nodes.stringNode("tekst");
			};
		};
	}

	private static void leaves(JsonNode node, String at, List<String> found) {
		if (node.isObject()) {
			for (var property : node.properties()) {
				leaves(property.getValue(), at + "/" + property.getKey(), found);
			}
		}
		else if (node.isArray() && !node.isEmpty()) {
			found.add(at);
			leaves(node.get(0), at + "/0", found);
		}
		else {
			found.add(at);
		}
	}

	private static String replaced(JsonNode sample, String pointer, String rawValue) {
		JsonNode copy = sample.deepCopy();
		String marker = "__mutation__";
		set(copy, pointer, JsonNodeFactory.instance.stringNode(marker));
		return JSON.writeValueAsString(copy).replace("\"" + marker + "\"", rawValue);
	}

	private static String removed(JsonNode sample, String pointer) {
		JsonNode copy = sample.deepCopy();
		int slash = pointer.lastIndexOf('/');
		JsonNode parent = slash <= 0 ? copy : copy.at(pointer.substring(0, slash));
		String last = pointer.substring(slash + 1);
		if (parent instanceof ObjectNode object) {
			object.remove(last);
		}
		else if (parent instanceof ArrayNode array) {
			array.remove(Integer.parseInt(last));
		}
		return JSON.writeValueAsString(copy);
	}

	private static void set(JsonNode root, String pointer, JsonNode value) {
		int slash = pointer.lastIndexOf('/');
		JsonNode parent = slash <= 0 ? root : root.at(pointer.substring(0, slash));
		String last = pointer.substring(slash + 1);
		if (parent instanceof ObjectNode object) {
			object.set(last, value);
		}
		else if (parent instanceof ArrayNode array) {
			array.set(Integer.parseInt(last), value);
		}
	}

	private static Iterable<JsonNode> iterable(JsonNode node) {
		return node == null ? List.of() : node.values();
	}

	// --- forms ---

	private static Map<String, String> attributes(String tag) {
		Map<String, String> attributes = new LinkedHashMap<>();
		Matcher attribute = ATTRIBUTE.matcher(tag);
		while (attribute.find()) {
			attributes.put(attribute.group(1).toLowerCase(Locale.ROOT), attribute.group(2));
		}
		return attributes;
	}

	/** Each named control with the value it would post; the first choice of a select. */
	private static Map<String, String> fields(String form) {
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher control = CONTROL.matcher(form);
		while (control.find()) {
			Map<String, String> attributes = attributes(control.group(2));
			String name = attributes.get("name");
			if (name == null) {
				continue;
			}
			String value = attributes.getOrDefault("value", "tekst");
			if ("select".equals(control.group(1))) {
				Matcher option = OPTION.matcher(form.substring(control.end()));
				value = option.find() ? option.group(1) : "";
			}
			fields.putIfAbsent(name, encode(value.replace("&amp;", "&")));
		}
		return fields;
	}

	private static String first(Pattern link, String page) {
		Matcher found = link.matcher(page);
		assertThat(found.find()).as("a link " + link + " on the page").isTrue();
		return found.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String abbreviated(String text) {
		String oneLine = text.replaceAll("\\s+", " ");
		return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "…";
	}

	// --- plain HTTP ---

	record Request(String method, String path, String authorization, String contentType, String body,
			Map<String, String> headers) {

		Request(String method, String path, String authorization, String contentType, String body) {
			this(method, path, authorization, contentType, body, Map.of());
		}

		static Request get(String path, String authorization) {
			return new Request("GET", path, authorization, null, null);
		}

		static Request json(String method, String path, String body, String authorization) {
			return new Request(method, path, authorization, "application/json", body);
		}

		byte[] raw(int port) {
			byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
			StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
			head.append("Host: 127.0.0.1:").append(port).append("\r\nConnection: close\r\n");
			if (authorization != null && authorization.startsWith("Bearer ")) {
				head.append("Authorization: ").append(authorization).append("\r\n");
			}
			else if (authorization != null) {
				head.append("Cookie: ").append(authorization).append("\r\n");
			}
			if (contentType != null) {
				head.append("Content-Type: ").append(contentType).append("\r\n");
			}
			if (!headers.containsKey("Accept")) {
				head.append("Accept: ")
					.append(path.startsWith("/api/") ? "application/json" : "text/html")
					.append("\r\n");
			}
			headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
			if (body != null && !headers.containsKey("Content-Length")) {
				head.append("Content-Length: ").append(content.length).append("\r\n");
			}
			head.append("\r\n");
			byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
			byte[] raw = new byte[start.length + content.length];
			System.arraycopy(start, 0, raw, 0, start.length);
			System.arraycopy(content, 0, raw, start.length, content.length);
			return raw;
		}

	}

	record Response(Request request, int status, Map<String, String> headers, String body,
			Map<String, Long> countsBefore, Map<String, Long> countsAfter) {

		static Response parse(Request request, byte[] raw, Map<String, Long> before, Map<String, Long> after) {
			String text = new String(raw, StandardCharsets.ISO_8859_1);
			int end = text.indexOf("\r\n\r\n");
			if (end < 0) {
				return new Response(request, 0, Map.of(), text, before, after);
			}
			String[] lines = text.substring(0, end).split("\r\n");
			int status = Integer.parseInt(lines[0].split(" ")[1]);
			Map<String, String> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				String name = lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT);
				String value = lines[i].substring(colon + 1).strip();
				headers.merge(name, value, (a, b) -> a + "; " + b);
			}
			byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
			if (headers.getOrDefault("transfer-encoding", "").contains("chunked")) {
				body = dechunked(body);
			}
			return new Response(request, status, headers, new String(body, StandardCharsets.UTF_8), before, after);
		}

		private static byte[] dechunked(byte[] chunked) {
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			int at = 0;
			while (at < chunked.length) {
				int lineEnd = at;
				while (lineEnd + 1 < chunked.length && !(chunked[lineEnd] == '\r' && chunked[lineEnd + 1] == '\n')) {
					lineEnd++;
				}
				String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip();
				int length = size.isEmpty() ? 0 : Integer.parseInt(size, 16);
				if (length == 0) {
					break;
				}
				body.write(chunked, lineEnd + 2, Math.min(length, chunked.length - lineEnd - 2));
				at = lineEnd + 2 + length + 2;
			}
			return body.toByteArray();
		}

		String header(String name) {
			return headers.getOrDefault(name, "");
		}

		/**
		 * Refused: an error, or a form shown again; screens answer a saved form with a
		 * redirect.
		 */
		boolean refused() {
			return status >= 400
					|| (!request.path().startsWith("/api/") && "POST".equals(request.method()) && status == 200);
		}

	}

	/** A signed-in browser: its session cookie and the CSRF token of its forms. */
	record Session(MalformedInputFuzzTest test, String cookie) {

		private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

		private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

		static Session login(MalformedInputFuzzTest test, String username) throws IOException {
			Response page = test.send(Request.get("/login", null));
			Matcher cookie = SESSION.matcher(page.header("set-cookie"));
			Matcher csrf = CSRF.matcher(page.body());
			assertThat(cookie.find() && csrf.find()).as("login page with session and CSRF token").isTrue();
			Response login = test
				.send(new Request("POST", "/login", "SESSION=" + cookie.group(1), "application/x-www-form-urlencoded",
						"username=" + username + "&password=regie-demo&_csrf=" + encode(csrf.group(1))));
			Matcher signedIn = SESSION.matcher(login.header("set-cookie"));
			assertThat(signedIn.find()).as("signed in as " + username).isTrue();
			return new Session(test, "SESSION=" + signedIn.group(1));
		}

		Response get(String path) throws IOException {
			return test.send(Request.get(path, cookie));
		}

		Response post(String path, String csrf, Map<String, String> fields) throws IOException {
			StringBuilder form = new StringBuilder("_csrf=" + encode(csrf));
			fields.forEach((name, value) -> form.append('&').append(encode(name)).append('=').append(value));
			return send(new Request("POST", path, cookie, "application/x-www-form-urlencoded", form.toString()));
		}

		Response send(Request request) throws IOException {
			return test.send(request);
		}

	}

}
