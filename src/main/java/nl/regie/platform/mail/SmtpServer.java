package nl.regie.platform.mail;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The SMTP server through which a municipality's letters go out.
 *
 * @param host the server's name
 * @param port its port, e.g. 465 for SMTPS or 587 for STARTTLS
 * @param username {@code null} when the server takes mail without logging in
 * @param password the password of the username
 * @param from the sender address the letters carry, e.g. {@code wijkteam@gemeente.nl}
 * @param security how the connection is protected; {@link Security#NONE} only towards the
 * same machine (the demo's local server)
 */
public record SmtpServer(String host, int port, String username, String password, String from, Security security) {

	public SmtpServer {
		security = security == null ? Security.STARTTLS : security;
		if (host == null || host.isBlank() || from == null || from.isBlank()) {
			throw new IllegalArgumentException("an SMTP server needs a host and a from address");
		}
		if (security == Security.NONE && !isLoopback(host)) {
			throw new IllegalArgumentException("SMTP without TLS is only allowed to this machine, not to " + host);
		}
	}

	public enum Security {

		/** TLS from the first byte (SMTPS, usually port 465). */
		SMTPS,

		/**
		 * Plain connection upgraded with STARTTLS, which is required (usually port 587).
		 */
		STARTTLS,

		/** No TLS: only to an SMTP server on the same machine, such as the demo's. */
		NONE

	}

	private static boolean isLoopback(String host) {
		try {
			return InetAddress.getByName(host).isLoopbackAddress();
		}
		catch (UnknownHostException unknown) {
			return false;
		}
	}

	/** Without the password, so that a log line cannot leak it. */
	@Override
	public String toString() {
		return "SmtpServer[host=" + host + ", port=" + port + ", username=" + username + ", from=" + from
				+ ", security=" + security + "]";
	}

}
