package nl.regie.organisation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the municipality's words into every text.
 */
@Configuration(proxyBeanMethods = false)
class OrganisationWebConfiguration {

	/**
	 * Typed as itself so the label screen can list the defaults; Spring finds it by its
	 * name.
	 */
	@Bean
	MunicipalityMessageSource messageSource(LabelOverrides overrides) {
		return new MunicipalityMessageSource(overrides);
	}

}
