package nl.regie.identity;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings outside the demo profile, bound the way Spring Boot binds them. Spring
 * Boot's session auto-configuration copies {@code server.servlet.session.cookie.secure}
 * into Spring Session's {@code DefaultCookieSerializer}, which writes the SESSION cookie;
 * starting the non-demo profile here would need a second Spring context and database.
 */
class SessionCookieSettingsTest {

	@Test
	void outsideTheDemoTheSessionCookieIsAlwaysSecureAndForwardedHeadersAreHonoured() throws IOException {
		ServerProperties server = bind("application.properties");

		assertThat(server.getServlet().getSession().getCookie().getSecure()).isTrue();
		assertThat(server.getForwardHeadersStrategy()).isEqualTo(ServerProperties.ForwardHeadersStrategy.NATIVE);
	}

	@Test
	void theDemoLetsTheRequestDecideSoPlainHttpLocalhostWorks() throws IOException {
		ServerProperties server = bind("application.properties", "application-demo.properties");

		assertThat(server.getServlet().getSession().getCookie().getSecure()).isNull();
		assertThat(server.getForwardHeadersStrategy()).isEqualTo(ServerProperties.ForwardHeadersStrategy.NATIVE);
	}

	/** Later files win, as a profile's file wins over application.properties. */
	private static ServerProperties bind(String... files) throws IOException {
		Map<Object, Object> properties = new HashMap<>();
		for (String file : files) {
			properties.putAll(PropertiesLoaderUtils.loadProperties(new ClassPathResource(file)));
		}
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("server",
				ServerProperties.class);
	}

}
