package nl.regie.platform.mail;

import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Each municipality's own SMTP server, by CBS code, e.g.
 * {@code regie.mail.municipalities.0344.host=smtp.utrecht.nl} (environment variable
 * {@code REGIE_MAIL_MUNICIPALITIES_0344_HOST}) with {@code port}, {@code username},
 * {@code password}, {@code from} and {@code security} ({@code SMTPS} or {@code STARTTLS},
 * the default). A municipality without one can print or copy its letters, not e-mail
 * them.
 */
@ConfigurationProperties("regie.mail")
record MailSettings(Map<String, Server> municipalities) implements SmtpServers {

	MailSettings {
		municipalities = municipalities == null ? Map.of() : Map.copyOf(municipalities);
	}

	@Override
	public Optional<SmtpServer> forMunicipality(String municipalityCode) {
		return Optional.ofNullable(municipalities.get(municipalityCode))
			.map(server -> new SmtpServer(server.host(), server.port() == null ? 587 : server.port(), server.username(),
					server.password(), server.from(), server.security()));
	}

	record Server(String host, Integer port, String username, String password, String from,
			SmtpServer.Security security) {
	}

}
