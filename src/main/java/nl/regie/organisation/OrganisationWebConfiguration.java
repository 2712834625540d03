package nl.regie.organisation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Wires the municipality's words into every text and page header.
 */
@Configuration(proxyBeanMethods = false)
class OrganisationWebConfiguration implements WebMvcConfigurer {

	private final OrganisationDirectory directory;

	OrganisationWebConfiguration(OrganisationDirectory directory) {
		this.directory = directory;
	}

	/**
	 * Typed as itself so the label screen can list the defaults; Spring finds it by its
	 * name.
	 */
	@Bean
	MunicipalityMessageSource messageSource(LabelOverrides overrides) {
		return new MunicipalityMessageSource(overrides);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PageHeaderInterceptor(directory)).excludePathPatterns("/api/**");
	}

}
