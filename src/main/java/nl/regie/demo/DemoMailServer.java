package nl.regie.demo;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.regie.platform.mail.SmtpServer;
import nl.regie.platform.mail.SmtpServers;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A real SMTP server inside the demo (GreenMail), on this machine only: the demo
 * municipality's letters go to it, and the demo's mailbox screen and the tests read what
 * arrived. Port {@code regie.demo.mail.port} (3025); 0 takes a free one (the tests, so
 * that runs side by side never share a server).
 */
@Component
@Primary
@Profile("demo")
public class DemoMailServer implements SmtpServers, DisposableBean {

	static final String FROM = "wijkteam@regie.example";

	private static final Logger log = LoggerFactory.getLogger(DemoMailServer.class);

	private final GreenMail greenMail;

	private final SmtpServer server;

	DemoMailServer(@Value("${regie.demo.mail.port:3025}") int port) {
		int chosen = port == 0 ? freePort() : port;
		this.greenMail = new GreenMail(new ServerSetup(chosen, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.greenMail.start();
		this.server = new SmtpServer("127.0.0.1", chosen, null, null, FROM, SmtpServer.Security.NONE);
		log.info("Demo mail server (GreenMail) takes the demo municipality's letters on 127.0.0.1:{}", chosen);
	}

	/** The demo municipality's letters come here; the demo has no other municipality. */
	@Override
	public Optional<SmtpServer> forMunicipality(String municipalityCode) {
		return DemoData.MUNICIPALITY_CODE.equals(municipalityCode) ? Optional.of(server) : Optional.empty();
	}

	/** What arrived, newest first. */
	public List<Received> received() {
		return Arrays.stream(greenMail.getReceivedMessages())
			.map(DemoMailServer::received)
			.sorted(Comparator.comparing(Received::sentAt).reversed())
			.toList();
	}

	@Override
	public void destroy() {
		greenMail.stop();
	}

	private static Received received(MimeMessage message) {
		try {
			return new Received(message.getSentDate() == null ? "" : message.getSentDate().toInstant().toString(),
					String.join(", ", Arrays.stream(message.getAllRecipients()).map(Object::toString).toList()),
					message.getSubject(), String.valueOf(message.getContent()).strip());
		}
		catch (MessagingException | IOException unreadable) {
			return new Received("", "", "?", unreadable.getMessage());
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException none) {
			throw new IllegalStateException("no free port for the demo mail server", none);
		}
	}

	/**
	 * One letter as it arrived.
	 */
	public record Received(String sentAt, String to, String subject, String text) {
	}

}
