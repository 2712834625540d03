package nl.regie.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.regie.platform.access.RequestOrigin;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records each request's trace id and client address for the audit log, and answers the
 * trace id in a {@code traceparent} header so a caller can follow its trail. The client
 * address is Tomcat's, which honours {@code X-Forwarded-For} from internal proxies only.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestOriginFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		RequestOrigin origin = RequestOrigin.of(request.getHeader("traceparent"), request.getRemoteAddr());
		RequestOrigin.set(origin);
		response.setHeader("traceparent", origin.traceparent());
		try {
			chain.doFilter(request, response);
		}
		finally {
			RequestOrigin.clear();
		}
	}

}
