package io.policygraph.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import io.policygraph.PolicyGraphApplication;
import io.policygraph.load.SeedLoader;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole application on a real in-process Neo4j reached over Bolt,
 * one database per test JVM (Spring caches the context), on a free Bolt port and a fresh data folder.
 * Tests that need a clean database call {@link #clean()}; tests that need the seed graph call
 * {@link #seedGraph()}, which loads it only when it is not there.
 */
@SpringBootTest(classes = PolicyGraphApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "policygraph.seed.enabled=false", "policygraph.embedded.bolt-port=0",
				"policygraph.api-key=" + EmbeddedGraphTest.API_KEY })
public abstract class EmbeddedGraphTest {

	protected static final String API_KEY = "it-secret-key";

	private static final Path DATA;

	static {
		try {
			Files.createDirectories(Path.of("target"));
			DATA = Files.createTempDirectory(Path.of("target"), "it-neo4j-");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("policygraph.embedded.data-dir", DATA::toString);
	}

	@Autowired
	protected Driver driver;

	@Autowired
	protected SeedLoader seedLoader;

	@LocalServerPort
	protected int port;

	protected final HttpClient http = HttpClient.newHttpClient();

	protected void clean() {
		try (var session = this.driver.session()) {
			session.run("MATCH (n) WHERE NOT n:SchemaVersion CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume();
		}
	}

	protected void seedGraph() throws IOException {
		if (count("MATCH (d:Document) RETURN count(d) AS c") < 20) {
			clean();
			this.seedLoader.load();
		}
	}

	protected long count(String cypher) {
		try (var session = this.driver.session()) {
			return session.run(cypher).single().get(0).asLong();
		}
	}

	protected HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
	}

}
