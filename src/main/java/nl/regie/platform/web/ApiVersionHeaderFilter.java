package nl.regie.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * NL API Design Rule API-57: every API response states the full API version, also error
 * responses written by the security filters.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiVersionHeaderFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(ApiConventions.BASE_PATH + "/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("API-Version", ApiConventions.VERSION);
		chain.doFilter(request, response);
	}

}
