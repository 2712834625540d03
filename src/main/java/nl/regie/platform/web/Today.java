package nl.regie.platform.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Today in the municipality's time zone, for every screen (e.g. the default date of a
 * form). Templates use {@code ${today}}, never Thymeleaf's
 * {@code #temporals.createToday()}, which answers in the server's zone: in the evening
 * that is already, or still, another day in the Netherlands.
 */
@ControllerAdvice
class Today {

	private final Clock clock;

	Today(Clock clock) {
		this.clock = clock;
	}

	@ModelAttribute("today")
	LocalDate today() {
		return LocalDate.now(clock);
	}

}
