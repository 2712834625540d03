package nl.regie.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

import nl.regie.platform.access.AccessRefused;
import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.NotFound;
import nl.regie.platform.domain.StateConflict;
import nl.regie.platform.input.ControlCharacters;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the REST API as {@code application/problem+json} (RFC 9457), with the invalid
 * fields listed so a client can show them next to its inputs. Texts come from the message
 * bundles in the caller's language.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid-input");
		List<Map<String, String>> invalidParams = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(this::invalidParam)
			.toList();
		problem.setProperty("invalidParams", invalidParams);
		return ResponseEntity.badRequest().body(problem);
	}

	/**
	 * A body that is not JSON, or a value of the wrong type (a date as "12-04-1989", an
	 * unknown code): named by its field, like validation errors, instead of Spring's
	 * English default.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.getMostSpecificCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid-input");
			String code = mismatch instanceof StrictJson.ControlCharactersInText ? ControlCharacters.CODE
					: "typeMismatch";
			problem.setProperty("invalidParams", List.of(Map.of("name", fieldPath(mismatch.getPath()), "code", code,
					"reason", messages.getMessage(code, null, LocaleContextHolder.getLocale()))));
			return ResponseEntity.badRequest().body(problem);
		}
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "problem.unreadable"));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail concurrentChange() {
		return problem(HttpStatus.CONFLICT, "problem.concurrent-change");
	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalidInput(InvalidInput invalid) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid-input");
		problem.setProperty("invalidParams",
				invalid.problems()
					.stream()
					.map(field -> Map.of("name", field.field(), "code", field.code(), "reason",
							messages.getMessage(field.code(), null, LocaleContextHolder.getLocale())))
					.toList());
		return problem;
	}

	@ExceptionHandler(StateConflict.class)
	ProblemDetail stateConflict(StateConflict conflict) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "problem.state-conflict");
		problem.setDetail(messages.getMessage(conflict.code(), null, LocaleContextHolder.getLocale()));
		return problem;
	}

	/**
	 * A refusal says why in the detail; a concealed one is indistinguishable from an
	 * unknown id.
	 */
	@ExceptionHandler(AccessRefused.class)
	ProblemDetail refused(AccessRefused refused) {
		if (refused.concealed()) {
			return notFound();
		}
		ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "problem.forbidden");
		problem.setDetail(messages.getMessage(refused.reason(), null, LocaleContextHolder.getLocale()));
		return problem;
	}

	@ExceptionHandler(NotFound.class)
	ProblemDetail notFound() {
		return problem(HttpStatus.NOT_FOUND, "problem.not-found");
	}

	/** The same notation as bean validation uses: {@code members[0].dateOfBirth}. */
	private static String fieldPath(List<JacksonException.Reference> path) {
		StringBuilder field = new StringBuilder();
		for (JacksonException.Reference step : path) {
			if (step.getPropertyName() != null) {
				field.append(field.isEmpty() ? "" : ".").append(step.getPropertyName());
			}
			else if (step.getIndex() >= 0) {
				field.append('[').append(step.getIndex()).append(']');
			}
		}
		return field.toString();
	}

	private Map<String, String> invalidParam(FieldError error) {
		return Map.of("name", error.getField(), "code", String.valueOf(error.getCode()), "reason",
				messages.getMessage(error, LocaleContextHolder.getLocale()));
	}

	private ProblemDetail problem(HttpStatus status, String key) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(key, null, LocaleContextHolder.getLocale()));
		problem.setTitle(messages.getMessage(key + ".title", null, LocaleContextHolder.getLocale()));
		problem.setType(URI.create("about:blank"));
		return problem;
	}

}
