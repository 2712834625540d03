package nl.regie.platform.mail;

import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Service;

/**
 * Sends plain-text letters through the municipality's own SMTP server, over TLS (SMTPS,
 * or STARTTLS that must succeed; the server's certificate and name are checked).
 */
@Service
@EnableConfigurationProperties(MailSettings.class)
public class OutgoingMail {

	private static final int TIMEOUT_MILLIS = 10_000;

	private final SmtpServers servers;

	private final Map<SmtpServer, JavaMailSenderImpl> senders = new ConcurrentHashMap<>();

	OutgoingMail(SmtpServers servers) {
		this.servers = servers;
	}

	/** Whether the municipality has an SMTP server to send letters through. */
	public boolean available(String municipalityCode) {
		return servers.forMunicipality(municipalityCode).isPresent();
	}

	/**
	 * @throws MailNotSent when the municipality has no SMTP server or the server refused
	 */
	public void send(String municipalityCode, String to, String subject, String text) {
		SmtpServer server = servers.forMunicipality(municipalityCode)
			.orElseThrow(() -> new MailNotSent("mail.notConfigured", null));
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(server.from());
		mail.setTo(to);
		mail.setSubject(subject);
		mail.setText(text);
		try {
			senders.computeIfAbsent(server, OutgoingMail::sender).send(mail);
		}
		catch (MailException refused) {
			throw new MailNotSent("mail.failed", refused);
		}
	}

	private static JavaMailSenderImpl sender(SmtpServer server) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(server.host());
		sender.setPort(server.port());
		sender.setUsername(server.username());
		sender.setPassword(server.password());
		sender.setDefaultEncoding("UTF-8");
		Properties properties = sender.getJavaMailProperties();
		String protocol = server.security() == SmtpServer.Security.SMTPS ? "smtps" : "smtp";
		sender.setProtocol(protocol);
		properties.put("mail." + protocol + ".auth", String.valueOf(server.username() != null));
		properties.put("mail." + protocol + ".connectiontimeout", TIMEOUT_MILLIS);
		properties.put("mail." + protocol + ".timeout", TIMEOUT_MILLIS);
		properties.put("mail." + protocol + ".writetimeout", TIMEOUT_MILLIS);
		switch (server.security()) {
			case SMTPS -> properties.put("mail.smtps.ssl.checkserveridentity", "true");
			case STARTTLS -> {
				properties.put("mail.smtp.starttls.enable", "true");
				properties.put("mail.smtp.starttls.required", "true");
				properties.put("mail.smtp.ssl.checkserveridentity", "true");
			}
			case NONE -> {
				// Only to this machine (checked by SmtpServer): the demo's local server.
			}
		}
		return sender;
	}

}
