package io.policygraph.api;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RequestLimiterTests {

	@Test
	void beyondTheBoundRequestsWaitThenAreShedWith503() throws Exception {
		RequestLimiter limiter = new RequestLimiter(1, Duration.ofMillis(100));
		CountDownLatch inside = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		FilterChain slow = (req, res) -> {
			inside.countDown();
			try {
				release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			((MockHttpServletResponse) res).setStatus(200);
		};
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			MockHttpServletResponse first = new MockHttpServletResponse();
			Future<?> running = pool.submit(() -> {
				limiter.doFilter(api(), first, slow);
				return null;
			});
			assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

			MockHttpServletResponse second = new MockHttpServletResponse();
			long started = System.nanoTime();
			limiter.doFilter(api(), second, (req, res) -> ((MockHttpServletResponse) res).setStatus(200));
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
			assertThat(second.getStatus()).isEqualTo(503);
			assertThat(second.getHeader("Retry-After")).isEqualTo("1");
			assertThat(second.getContentType()).startsWith("application/problem+json");
			assertThat(limiter.shed()).isEqualTo(1);

			MockHttpServletResponse browser = new MockHttpServletResponse();
			MockHttpServletRequest asset = new MockHttpServletRequest("GET", "/browser/index.html");
			limiter.doFilter(asset, browser, (req, res) -> ((MockHttpServletResponse) res).setStatus(200));
			assertThat(browser.getStatus()).as("only /api/ is bounded").isEqualTo(200);

			release.countDown();
			running.get(5, TimeUnit.SECONDS);
			assertThat(first.getStatus()).isEqualTo(200);
		}
		MockHttpServletResponse after = new MockHttpServletResponse();
		limiter.doFilter(api(), after, (req, res) -> ((MockHttpServletResponse) res).setStatus(200));
		assertThat(after.getStatus()).as("the permit came back").isEqualTo(200);
	}

	@Test
	void aBoundBelowOneIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RequestLimiter(0, Duration.ofSeconds(1)))
			.withMessageContaining("policygraph.max-concurrent-requests");
	}

	private static MockHttpServletRequest api() {
		return new MockHttpServletRequest("GET", "/api/stats");
	}

}
