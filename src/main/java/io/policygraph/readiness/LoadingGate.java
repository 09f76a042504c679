package io.policygraph.readiness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until start-up loading is done, {@code /api/**} answers 503 with {@code Retry-After} and a problem body saying
 * what is loading, so that a client can tell "starting" from "empty" (ADR 0015). Actuator, the workbench's pages
 * and Neo4j Browser are served meanwhile.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
final class LoadingGate extends OncePerRequestFilter {

	static final int RETRY_AFTER_SECONDS = 5;

	private final StartupLoad load;

	LoadingGate(StartupLoad load) {
		this.load = load;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.load.ready()) {
			chain.doFilter(request, response);
			return;
		}
		String stage = json(this.load.stage());
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
		response.setContentType("application/problem+json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Starting\",\"status\":503,\"detail\":\"PolicyGraph is "
				+ "loading (" + stage + "); ask again in " + RETRY_AFTER_SECONDS + " s\",\"loading\":\"" + stage
				+ "\",\"instance\":\"" + json(request.getRequestURI()) + "\"}");
	}

	private static String json(String s) {
		StringBuilder out = new StringBuilder(s.length());
		for (char c : s.toCharArray()) {
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c < 0x20) {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

}
