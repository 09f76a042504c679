package io.policygraph.api;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.policygraph.ingest.UnreadableSourceException;
import io.policygraph.load.IngestService;
import io.policygraph.support.EmbeddedGraphTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The committed hostile corpus ({@code src/test/resources/hostile/}) sent through {@code POST /api/documents}
 * and through the ingest pipeline: each file is either ingested or refused with a 400 problem document
 * naming it, a refused file changes nothing in the graph, and the service keeps answering.
 */
class HostileUploadIT extends EmbeddedGraphTest {

	static final Path CORPUS = Path.of("src/test/resources/hostile");

	@Autowired
	IngestService ingest;

	static Stream<Path> corpus() throws Exception {
		try (Stream<Path> files = Files.list(CORPUS)) {
			return files.sorted().toList().stream();
		}
	}

	@BeforeEach
	void referenceData() {
		if (count("MATCH (p:Place) RETURN count(p) AS c") == 0) {
			this.seedLoader.load(List.of());
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void uploadIsIngestedOrRefusedWithNothingWritten(Path file) throws Exception {
		String name = "hostile-" + file.getFileName();
		long nodes = count("MATCH (n) RETURN count(n) AS c");
		long edges = count("MATCH ()-[r]->() RETURN count(r) AS c");
		HttpResponse<String> r = upload(name, Files.readAllBytes(file));
		// 422: text without a place the registry knows, the upload asks for the jurisdiction instead of guessing;
		// 409: the same document in another encoding, refused unless it replaces the first
		assertThat(r.statusCode()).as(r.body()).isIn(201, 400, 409, 422);
		if (r.statusCode() != 201) {
			assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
			assertThat(r.body()).contains(switch (r.statusCode()) {
				case 400 -> name;
				case 409 -> "replace=";
				default -> "jurisdiction";
			});
			assertThat(count("MATCH (n) RETURN count(n) AS c")).as("nodes after a refused upload").isEqualTo(nodes);
			assertThat(count("MATCH ()-[r]->() RETURN count(r) AS c")).as("edges after a refused upload").isEqualTo(edges);
			if (r.statusCode() == 400) {
				assertThatThrownBy(() -> this.ingest.ingest(name, Files.readAllBytes(file), line -> { }))
					.isInstanceOf(UnreadableSourceException.class);
			}
			assertThat(count("MATCH (n) RETURN count(n) AS c")).isEqualTo(nodes);
		}
		else {
			assertThat(count("MATCH (d:Document {sourceFile: '" + name.replace("'", "") + "'}) RETURN count(d) AS c")).isPositive();
		}
		assertThat(get("/api/stats").statusCode()).as("service still answers").isEqualTo(200);
	}

	@Test
	void oversizedUploadIsRefusedBeforeItIsRead() throws Exception {
		long nodes = count("MATCH (n) RETURN count(n) AS c");
		byte[] big = "1.推进。（责任单位：市财政局）\n".repeat(800_000).getBytes(StandardCharsets.UTF_8);
		assertThat(big.length).isGreaterThan(20 * 1024 * 1024);
		HttpResponse<String> r = upload("too-big.txt", big);
		assertThat(r.statusCode()).isEqualTo(413);
		assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
		assertThat(r.body()).contains("policygraph.max-upload");
		assertThat(count("MATCH (n) RETURN count(n) AS c")).isEqualTo(nodes);
	}

	@Test
	void uploadWithoutKeyIsRefusedBeforeItIsRead() throws Exception {
		HttpResponse<String> r = this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/documents"))
			.header("Content-Type", "text/plain").header("X-API-Key", "wrong")
			.POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(r.statusCode()).isEqualTo(401);
		assertThat(r.body()).contains("X-API-Key");
	}

	private HttpResponse<String> upload(String name, byte[] body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/documents?name="
				+ URLEncoder.encode(name, StandardCharsets.UTF_8)))
			.header("Content-Type", "application/octet-stream").header("X-API-Key", API_KEY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
	}

}
