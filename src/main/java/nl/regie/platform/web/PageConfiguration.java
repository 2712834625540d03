package nl.regie.platform.web;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Wires the shared page attributes (menu, page header, error summary, theme) into every
 * screen, and serves a municipality's own theme folder when one is set.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ThemeSettings.class)
class PageConfiguration implements WebMvcConfigurer {

	private final List<PageAttributes> attributes;

	private final ThemeSettings theme;

	PageConfiguration(List<PageAttributes> attributes, ThemeSettings theme) {
		this.attributes = attributes;
		this.theme = theme;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		if (theme.directory() != null && !theme.directory().isBlank()) {
			String folder = theme.directory().endsWith("/") ? theme.directory() : theme.directory() + "/";
			registry.addResourceHandler(ThemeSettings.CUSTOM_PATH + "**").addResourceLocations("file:" + folder);
		}
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PageAttributesInterceptor(attributes)).excludePathPatterns("/api/**");
	}

}
