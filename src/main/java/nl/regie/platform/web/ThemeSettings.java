package nl.regie.platform.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The look: NL Design System design tokens as style sheets plus the class that switches
 * them on. Regie's own neutral theme by default; a municipality sets its own token
 * package (e.g. {@code @utrecht/design-tokens} or
 * {@code @amsterdam/design-system-tokens}, whose licences allow the municipality itself
 * to use them): copy its CSS into a folder, set {@code regie.theme.directory} to that
 * folder (served at {@code /themes/custom/}), {@code regie.theme.stylesheets} to
 * {@code /themes/custom/<file>.css} and {@code regie.theme.class-name} to the package's
 * class (e.g. {@code utrecht-theme}).
 *
 * @param stylesheets the token style sheets, in order
 * @param className the class on {@code <body>} that applies them
 * @param directory a folder on disk with the municipality's own theme files, or none
 */
@ConfigurationProperties("regie.theme")
record ThemeSettings(List<String> stylesheets, String className, String directory) implements PageAttributes {

	static final String CUSTOM_PATH = "/themes/custom/";

	ThemeSettings {
		stylesheets = stylesheets == null || stylesheets.isEmpty() ? List.of("/themes/regie/theme.css")
				: List.copyOf(stylesheets);
		className = className == null || className.isBlank() ? "regie-theme" : className.strip();
	}

	@Override
	public void addTo(HttpServletRequest request, Map<String, Object> model) {
		model.put("theme", this);
	}

}
