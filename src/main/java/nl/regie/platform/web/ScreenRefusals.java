package nl.regie.platform.web;

import jakarta.servlet.http.HttpServletResponse;

import nl.regie.platform.access.AccessRefused;
import nl.regie.platform.domain.NotFound;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refused or unknown record on a screen: the Dutch 403 page saying why and whom to ask,
 * or the 404 page where even the existence of the record must not leak. The API's
 * refusals are answered by {@link ApiProblems}, which comes first.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ScreenRefusals {

	static final String VIEW = "error";

	@ExceptionHandler(AccessRefused.class)
	ModelAndView refused(AccessRefused refused, HttpServletResponse response) {
		return refused.concealed() ? page(HttpStatus.NOT_FOUND, null, response)
				: page(HttpStatus.FORBIDDEN, refused.reason(), response);
	}

	@ExceptionHandler(NotFound.class)
	ModelAndView notFound(HttpServletResponse response) {
		return page(HttpStatus.NOT_FOUND, null, response);
	}

	private static ModelAndView page(HttpStatus status, String reason, HttpServletResponse response) {
		response.setStatus(status.value());
		ModelAndView page = new ModelAndView(VIEW, status);
		page.addObject("status", status.value());
		page.addObject("reason", reason);
		return page;
	}

}
