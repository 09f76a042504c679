package io.policygraph.readiness;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.policygraph.PolicyGraphApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service started with its seed load on an empty store, watched from outside while it starts: readiness
 * answers OUT_OF_SERVICE (503) until schema, reference data and seed corpus are loaded, then UP; an API read
 * meanwhile gets 503 with Retry-After and a problem body saying what is loading, and the same read afterwards
 * gets the graph.
 */
class ReadinessIT {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@Test
	void readinessGoesFromOutOfServiceToUpAndReadsWaitMeanwhile() throws Exception {
		int port;
		try (ServerSocket s = new ServerSocket(0)) {
			port = s.getLocalPort();
		}
		Path data = Files.createTempDirectory(Path.of("target"), "readiness-neo4j-");
		String base = "http://127.0.0.1:" + port;
		CompletableFuture<ConfigurableApplicationContext> started = CompletableFuture.supplyAsync(
				() -> new SpringApplicationBuilder(PolicyGraphApplication.class).run("--server.port=" + port,
						"--policygraph.embedded.data-dir=" + data.toAbsolutePath(), "--policygraph.embedded.bolt-port=0",
						"--policygraph.seed.enabled=true"));
		List<Integer> readiness = new ArrayList<>();
		HttpResponse<String> loadingRead = null;
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600); // at load average 20+ a start with its seed load took over 300 s
		try {
			while (System.nanoTime() < deadline) {
				HttpResponse<String> ready = get(base + "/actuator/health/readiness");
				if (ready != null) {
					if (readiness.isEmpty() || readiness.get(readiness.size() - 1) != ready.statusCode()) {
						readiness.add(ready.statusCode());
					}
					if (ready.statusCode() == 200) {
						assertThat(ready.body()).contains("\"status\":\"UP\"");
						break;
					}
					assertThat(ready.body()).contains("OUT_OF_SERVICE");
					HttpResponse<String> read = get(base + "/api/stats");
					if (read != null && read.statusCode() == 503 && loadingRead == null) {
						loadingRead = read;
					}
				}
				Thread.sleep(20);
			}
			assertThat(readiness).as("readiness answers, in order").containsExactly(503, 200);
			assertThat(loadingRead).as("an API read while loading").isNotNull();
			assertThat(loadingRead.headers().firstValue("Retry-After")).hasValue("5");
			assertThat(loadingRead.headers().firstValue("Content-Type")).hasValueSatisfying(
					v -> assertThat(v).startsWith("application/problem+json"));
			assertThat(loadingRead.body()).contains("\"status\":503").containsPattern(
					"\"loading\":\"(waiting for the database|schema|reference data|seed corpus[^\"]*)\"");
			// a loaded machine may take a while over the first statistics of the graph
			HttpResponse<String> after = get(base + "/api/stats", Duration.ofSeconds(120));
			assertThat(after).as("an API read once ready").isNotNull();
			assertThat(after.statusCode()).isEqualTo(200);
			assertThat(after.body()).contains("Document");
		}
		finally {
			started.get(600, TimeUnit.SECONDS).close();
		}
	}

	/** {@return the answer, or {@code null} while nothing listens yet} */
	private HttpResponse<String> get(String url) throws InterruptedException {
		return get(url, Duration.ofSeconds(10));
	}

	/** {@return the answer, or {@code null} while nothing listens yet or none came in time} */
	private HttpResponse<String> get(String url, Duration timeout) throws InterruptedException {
		try {
			return this.http.send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException ex) {
			return null;
		}
	}

}
