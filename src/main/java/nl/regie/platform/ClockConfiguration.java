package nl.regie.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for everything time-based (waiting days, outreach warnings, token expiry), so
 * tests can move time instead of waiting for it.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	/** Dutch teams count days in Dutch time, wherever the server runs. */
	public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	@Bean
	Clock clock() {
		return Clock.system(AMSTERDAM);
	}

}
