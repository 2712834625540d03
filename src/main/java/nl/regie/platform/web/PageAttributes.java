package nl.regie.platform.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What every rendered page (including the 403 and 404 pages) gets in its model for the
 * shared layout, such as the menu and the page header. Implementations are beans; the
 * layout's model is filled by {@link PageAttributesInterceptor} for ordinary pages and by
 * {@link ScreenRefusals} for refused ones.
 */
public interface PageAttributes {

	void addTo(HttpServletRequest request, Map<String, Object> model);

}
