package io.policygraph.graph;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.policygraph.PolicyGraphApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * External mode with a database that comes and goes: a real Neo4j, started and stopped by the test on a
 * Bolt port of its own, and the whole application pointed at it through {@code NEO4J_URI}.
 */
class DatabaseOutageIT {

	private static final String API_KEY = "outage-key";

	/** A plan with one measure and its lead, as an upload would bring. */
	private static final String PLAN = """
			济南市测试工作方案
			一、重点任务
			（一）推进测试工作。（牵头单位：市发展改革委）
			""";

	private final HttpClient http = HttpClient.newHttpClient();

	private DatabaseManagementService server;

	private ConfigurableApplicationContext app;

	@AfterEach
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
		if (this.server != null) {
			this.server.shutdown();
		}
	}

	@Test
	void startupWaitsWithBackOffForTheDatabaseThenServesAndSurvivesAnOutage() throws Exception {
		int bolt = freePort();
		Path data = Files.createTempDirectory(Path.of("target"), "outage-neo4j-");
		// the database comes up three seconds after the application starts waiting for it
		CompletableFuture<DatabaseManagementService> late = CompletableFuture.supplyAsync(() -> {
			sleep(3_000);
			return startServer(data, bolt);
		});
		this.app = startApp(bolt, "60s");
		this.server = late.get(60, TimeUnit.SECONDS);
		int port = ((WebServerApplicationContext) this.app).getWebServer().getPort();
		assertThat(get(port, "/api/stats").statusCode()).isEqualTo(200);

		this.server.shutdown();
		this.server = null;
		long asked = System.nanoTime();
		HttpResponse<String> down = get(port, "/api/stats");
		assertThat(Duration.ofNanos(System.nanoTime() - asked)).as("the managed read was retried before the answer")
			.isGreaterThanOrEqualTo(Duration.ofMillis(700));
		assertThat(down.statusCode()).isEqualTo(503);
		assertThat(down.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
		assertThat(down.headers().firstValue("Retry-After")).isPresent();
		assertThat(down.body()).contains("Database unavailable");
		// a write meanwhile is answered the same way, and leaves nothing behind
		HttpResponse<String> upload = this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
				+ "/api/documents?name=outage.txt&jurisdiction=jinan"))
			.header("X-API-Key", API_KEY).header("Content-Type", "text/plain; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString(PLAN, StandardCharsets.UTF_8)).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(upload.statusCode()).as(upload.body()).isEqualTo(503);
		assertThat(upload.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));

		this.server = startServer(data, bolt);
		int status = 0;
		for (int i = 0; i < 20 && status != 200; i++) {
			status = get(port, "/api/stats").statusCode();
			if (status != 200) {
				assertThat(status).as("while reconnecting").isEqualTo(503);
				Thread.sleep(500);
			}
		}
		assertThat(status).as("served again without a restart").isEqualTo(200);
		try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, AuthTokens.none()); var session = driver.session()) {
			assertThat(session.run("MATCH (n) WHERE n:Document OR n:SourceFile OR n:Measure RETURN count(n) AS c").single()
				.get("c").asLong()).as("the upload during the outage wrote nothing").isZero();
		}
	}

	@Test
	void startupGivesUpWithAClearMessageWhenTheDatabaseNeverAnswers() throws Exception {
		int bolt = freePort();
		long started = System.nanoTime();
		assertThatThrownBy(() -> startApp(bolt, "3s")).hasStackTraceContaining("Neo4j at bolt://127.0.0.1:" + bolt)
			.hasStackTraceContaining("did not answer within 3 s");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).as("waited the whole start-up wait, then stopped")
			.isBetween(Duration.ofSeconds(3), Duration.ofSeconds(30));
	}

	private static ConfigurableApplicationContext startApp(int bolt, String wait) {
		return SpringApplication.run(PolicyGraphApplication.class, "--NEO4J_URI=bolt://127.0.0.1:" + bolt,
				"--NEO4J_USERNAME=neo4j", "--NEO4J_PASSWORD=unused", "--server.port=0", "--policygraph.seed.enabled=false",
				"--policygraph.neo4j.startup-wait=" + wait, "--spring.neo4j.pool.connection-acquisition-timeout=5s",
				"--spring.neo4j.connection-timeout=2s", "--spring.neo4j.max-transaction-retry-time=3s",
				"--policygraph.api-key=" + API_KEY);
	}

	private static DatabaseManagementService startServer(Path data, int port) {
		return new DatabaseManagementServiceBuilder(data.toAbsolutePath())
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
			.setConfig(HttpConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, 32L * 1024 * 1024)
			.build();
	}

	private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static int freePort() throws IOException {
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
	}

	private static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
