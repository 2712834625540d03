package nl.regie.platform.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Adds the {@link PageAttributes} to every page that is rendered, not to redirects or API
 * responses, so those do not pay for the look-ups.
 */
class PageAttributesInterceptor implements HandlerInterceptor {

	private final List<PageAttributes> attributes;

	PageAttributesInterceptor(List<PageAttributes> attributes) {
		this.attributes = attributes;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || page.getViewName() == null || page.getViewName().startsWith("redirect:")) {
			return;
		}
		attributes.forEach(contributor -> contributor.addTo(request, page.getModel()));
	}

}
