package io.policygraph.api;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds how many API requests work on the database at once. Requests run on virtual threads, so
 * without a bound an overload turns into thousands of requests queueing for the driver's connection
 * pool until they time out or the pool refuses them, and the start-up seed load with them. Here at most
 * {@code policygraph.max-concurrent-requests} run; the next ones wait in arrival order up to
 * {@code policygraph.request-queue-wait}, then get 503 with Retry-After at once (load shedding), so
 * under any offered rate the service keeps answering what it can in time.
 */
@Component
class RequestLimiter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RequestLimiter.class);

	private final Semaphore permits;

	private final long waitNanos;

	private final AtomicLong shed = new AtomicLong();

	RequestLimiter(@Value("${policygraph.max-concurrent-requests:32}") int maxConcurrent,
			@Value("${policygraph.request-queue-wait:2s}") Duration queueWait) {
		if (maxConcurrent < 1) {
			throw new IllegalArgumentException("policygraph.max-concurrent-requests must be at least 1, was " + maxConcurrent);
		}
		this.permits = new Semaphore(maxConcurrent, true);
		this.waitNanos = queueWait.toNanos();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean admitted;
		try {
			admitted = this.permits.tryAcquire(this.waitNanos, TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			admitted = false;
		}
		if (!admitted) {
			long n = this.shed.incrementAndGet();
			if (n == 1 || n % 1000 == 0) {
				log.warn("Overloaded: {} requests refused with 503 so far (policygraph.max-concurrent-requests)", n);
			}
			response.setHeader("Retry-After", "1");
			ProblemResponses.write(response, HttpStatus.SERVICE_UNAVAILABLE, "too many requests at once; retry shortly");
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.permits.release();
		}
	}

	/** Requests refused since start. */
	long shed() {
		return this.shed.get();
	}

}
