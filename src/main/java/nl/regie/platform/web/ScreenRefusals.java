package nl.regie.platform.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.regie.platform.access.AccessRefused;
import nl.regie.platform.domain.NotFound;
import nl.regie.platform.domain.StateConflict;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refused, unknown or conflicting record on a screen: the Dutch 403 page saying why and
 * whom to ask, or the 404 page where even the existence of the record must not leak. Both
 * keep the menu and page header, so the user can go on from there. The API's refusals are
 * answered by {@link ApiProblems}, which comes first.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ScreenRefusals {

	static final String VIEW = "error";

	private final List<PageAttributes> attributes;

	ScreenRefusals(List<PageAttributes> attributes) {
		this.attributes = attributes;
	}

	@ExceptionHandler(AccessRefused.class)
	ModelAndView refused(AccessRefused refused, HttpServletRequest request, HttpServletResponse response) {
		if (refused.concealed()) {
			return page(HttpStatus.NOT_FOUND, null, request, response);
		}
		ModelAndView page = page(HttpStatus.FORBIDDEN, refused.reason(), request, response);
		page.addObject("remedy", refused.remedy());
		return page;
	}

	@ExceptionHandler(NotFound.class)
	ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) {
		return page(HttpStatus.NOT_FOUND, null, request, response);
	}

	/**
	 * A screen whose record's state no longer allows what was asked (a letter of a case
	 * not yet closed) says so; a form that can show it next to its fields does so itself.
	 */
	@ExceptionHandler(StateConflict.class)
	ModelAndView conflict(StateConflict conflict, HttpServletRequest request, HttpServletResponse response) {
		return page(HttpStatus.CONFLICT, conflict.code(), request, response);
	}

	private ModelAndView page(HttpStatus status, String reason, HttpServletRequest request,
			HttpServletResponse response) {
		response.setStatus(status.value());
		ModelAndView page = new ModelAndView(VIEW, status);
		page.addObject("status", status.value());
		page.addObject("reason", reason);
		attributes.forEach(contributor -> contributor.addTo(request, page.getModel()));
		return page;
	}

}
