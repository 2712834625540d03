package nl.regie.platform.mail;

import java.util.Optional;

/**
 * Which SMTP server sends the letters of a municipality. By default the installation's
 * settings ({@link MailSettings}); the demo puts its own local server in front.
 */
public interface SmtpServers {

	/**
	 * @param municipalityCode the municipality's CBS code, e.g. {@code 0363}
	 */
	Optional<SmtpServer> forMunicipality(String municipalityCode);

}
