package nl.regie.platform.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error has one answer per door: under {@code /api/} problem+json with the
 * API-Version header, elsewhere Regie's own error page. Three places produce errors
 * outside the controllers, and each is covered here: Spring's error dispatch (unknown
 * path, method not allowed, firewall refusals, unexpected failures), Tomcat's own
 * refusals before Spring is reached (a {@code %00} or {@code %2f} in the path, broken
 * percent-encoding: Tomcat's error report valve), and request parameters Tomcat cannot
 * decode (400 rather than 500).
 */
@Configuration(proxyBeanMethods = false)
class ErrorPages {

	/**
	 * Last of all customizers, so it replaces the error report valve Spring Boot adds.
	 */
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemJsonFromTomcat(MessageSource messages) {
		return factory -> factory.addContextCustomizers(replaceErrorReport(messages));
	}

	private static TomcatContextCustomizer replaceErrorReport(MessageSource messages) {
		return context -> {
			for (Valve valve : context.getParent().getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve) {
					context.getParent().getPipeline().removeValve(valve);
				}
			}
			ProblemJsonReportValve valve = new ProblemJsonReportValve(messages);
			valve.setShowReport(false);
			valve.setShowServerInfo(false);
			context.getParent().getPipeline().addValve(valve);
			// Otherwise the host adds Tomcat's own valve at start, inside this one.
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ProblemJsonReportValve.class.getName());
			}
		};
	}

	/** Tomcat's HTML error report, except under /api/. */
	static final class ProblemJsonReportValve extends ErrorReportValve {

		private final MessageSource messages;

		ProblemJsonReportValve(MessageSource messages) {
			this.messages = messages;
		}

		@Override
		protected void report(Request request, Response response, Throwable failure) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !ApiErrors.isApi(request.getRequestURI())) {
				super.report(request, response, failure);
				return;
			}
			if (!response.setErrorReported()) {
				return;
			}
			try {
				response.resetBuffer();
				ApiErrors.write(messages, request, response, status);
				response.finishResponse();
			}
			catch (IOException | IllegalStateException ignored) {
				// the client is gone; nothing more to say
			}
		}

	}

	/** The error dispatch of Spring Boot, with problem+json for the API. */
	@Controller
	static class RegieErrorController implements ErrorController {

		private final MessageSource messages;

		RegieErrorController(MessageSource messages) {
			this.messages = messages;
		}

		@RequestMapping("${server.error.path:/error}")
		ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
			int status = ApiErrors.statusOf(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE));
			if (ApiErrors.isApi((String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))) {
				ApiErrors.write(messages, request, response, status);
				return null;
			}
			return new ModelAndView("error", Map.of("status", status), HttpStatus.valueOf(status));
		}

	}

	/**
	 * A parameter Tomcat cannot decode (broken UTF-8, such as an unpaired surrogate) is
	 * the client's mistake. Sent through the error dispatch, so API and screens each get
	 * their own kind of answer.
	 */
	@ControllerAdvice
	@Order(Ordered.LOWEST_PRECEDENCE)
	static class UndecodableParameters {

		@ExceptionHandler(InvalidParameterException.class)
		void undecodable(HttpServletResponse response) throws IOException {
			response.sendError(HttpStatus.BAD_REQUEST.value());
		}

	}

}
