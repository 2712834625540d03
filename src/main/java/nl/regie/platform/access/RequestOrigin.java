package nl.regie.platform.access;

import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Where the current request comes from, for the audit log: its trace id (W3C Trace
 * Context, so a trail can be followed across organisations, as Logius's "Logboek
 * Dataverwerkingen" asks) and the client's address. Set by the web edge for each request;
 * work outside a request (start-up, scheduled jobs) gets a fresh trace id.
 *
 * @param traceId 32 lower-case hex digits
 */
public record RequestOrigin(String traceId, String clientAddress) {

	private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}");

	private static final String INVALID_TRACE_ID = "0".repeat(32);

	private static final ThreadLocal<RequestOrigin> CURRENT = new ThreadLocal<>();

	public static RequestOrigin current() {
		return Optional.ofNullable(CURRENT.get()).orElseGet(() -> new RequestOrigin(newTraceId(), null));
	}

	/**
	 * The origin of a request, continuing the caller's trace when it sent a valid one.
	 */
	public static RequestOrigin of(String traceparent, String clientAddress) {
		if (traceparent != null) {
			var matcher = TRACEPARENT.matcher(traceparent.strip());
			if (matcher.matches() && !matcher.group(1).equals(INVALID_TRACE_ID)) {
				return new RequestOrigin(matcher.group(1), clientAddress);
			}
		}
		return new RequestOrigin(newTraceId(), clientAddress);
	}

	public static void set(RequestOrigin origin) {
		CURRENT.set(origin);
	}

	public static void clear() {
		CURRENT.remove();
	}

	/** The W3C {@code traceparent} header that continues this trace. */
	public String traceparent() {
		byte[] span = new byte[8];
		ThreadLocalRandom.current().nextBytes(span);
		return "00-" + traceId + "-" + HexFormat.of().formatHex(span) + "-01";
	}

	private static String newTraceId() {
		byte[] id = new byte[16];
		ThreadLocalRandom.current().nextBytes(id);
		return HexFormat.of().formatHex(id);
	}

}
