package nl.regie.platform.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Dutch by default, English on request: screens switch with {@code ?lang=en} (kept in a
 * cookie), API clients ask with {@code Accept-Language}.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

	static final Locale DUTCH = Locale.of("nl");

	static final List<Locale> SUPPORTED = List.of(DUTCH, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("regie-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(LanguageConfiguration::defaultFor);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	private static Locale defaultFor(HttpServletRequest request) {
		if (!request.getRequestURI().startsWith(ApiConventions.BASE_PATH + "/")) {
			return DUTCH;
		}
		return apiLocale(request);
	}

	/**
	 * The language an API client asked for with {@code Accept-Language}; Dutch otherwise.
	 */
	static Locale apiLocale(HttpServletRequest request) {
		String accepted = request.getHeader("Accept-Language");
		if (accepted == null) {
			return DUTCH;
		}
		try {
			Locale asked = Locale.lookup(Locale.LanguageRange.parse(accepted), SUPPORTED);
			return asked != null ? asked : DUTCH;
		}
		catch (IllegalArgumentException malformedHeader) {
			return DUTCH;
		}
	}

}
