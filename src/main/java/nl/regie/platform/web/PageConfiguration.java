package nl.regie.platform.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Wires the shared page attributes (menu, page header, error summary) into every screen.
 */
@Configuration(proxyBeanMethods = false)
class PageConfiguration implements WebMvcConfigurer {

	private final List<PageAttributes> attributes;

	PageConfiguration(List<PageAttributes> attributes) {
		this.attributes = attributes;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PageAttributesInterceptor(attributes)).excludePathPatterns("/api/**");
	}

}
