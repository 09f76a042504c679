package io.policygraph.graph;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.policygraph.PolicyGraphApplication;
import io.policygraph.load.IngestService;
import io.policygraph.load.IngestSummary;
import io.policygraph.load.SeedLoader;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Entity;
import org.neo4j.driver.types.Node;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two writers of documents (ADR 0020) give the same graph: the same files ingested, replaced and written again
 * into two empty embedded stores, one through the Core API (the default in embedded mode), one through Cypher over
 * the driver ({@code policygraph.write.writer=cypher}), and a full dump of each compared: every node with its labels
 * and properties, every relationship with its type, properties and the nodes at its ends. Only timestamps differ.
 */
class WritersGiveTheSameGraphIT {

	private static final Path CORPUS = Path.of("seed-data", "corpus");

	private static final Path CHANGED = Path.of("seed-data", "corpus", "002_54ed2f6ffac1a6db.txt");

	/** Set when written, not by what was written. */
	private static final Set<String> TIMESTAMPS = Set.of("appliedAt", "ingestedAt", "supersededAt", "writtenAt", "keptAt", "heldSince");

	@Test
	void coreApiAndCypherWriteTheSameGraph() throws Exception {
		Dump core = load("auto");
		Dump cypher = load("cypher");
		assertThat(core.writer()).isEqualTo("EmbeddedDocumentWriter");
		assertThat(cypher.writer()).isEqualTo("DocumentGraphWriter");
		assertThat(core.nodes()).as("the store is not empty").hasSizeGreaterThan(1000);
		assertThat(core.nodes()).containsExactlyElementsOf(cypher.nodes());
		assertThat(core.relationships()).containsExactlyElementsOf(cypher.relationships());
		assertThat(core.summaries()).isEqualTo(cypher.summaries());
	}

	/** Loads the same input with one writer into an empty store and dumps it. */
	private static Dump load(String writer) throws Exception {
		Path data = Files.createTempDirectory(Path.of("target"), "writers-" + writer + "-");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PolicyGraphApplication.class)
			.web(WebApplicationType.NONE)
			.run("--policygraph.seed.enabled=false", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
					"--policygraph.embedded.data-dir=" + data, "--policygraph.embedded.bolt-port=0",
					"--policygraph.write.writer=" + writer)) {
			context.getBean(SeedLoader.class).load(List.of());
			IngestService ingest = context.getBean(IngestService.class);
			List<String> summaries = new ArrayList<>();
			// the seed corpus, then a document of various formats, so every kind of row is written
			summaries.add(ingest.ingest(List.of(CORPUS), line -> { }).toString());
			summaries.add(ingest.ingest(List.of(Path.of("src/test/resources/formats/dalian.pdf")), line -> { }).toString());
			// a changed file of the same name replaces its documents (removal inside the write, then settling)
			String text = Files.readString(CHANGED, StandardCharsets.UTF_8);
			byte[] changed = text.replaceFirst("。", "，并定期通报进展。").getBytes(StandardCharsets.UTF_8);
			IngestSummary replaced = ingest.ingest(CHANGED.getFileName().toString(), changed, line -> { });
			assertThat(replaced.replaced()).as("the changed file replaced its documents").isNotEmpty();
			summaries.add(replaced.toString());
			// stored documents written again, each replacing itself
			summaries.add(ingest.ingest(List.of(CORPUS.resolve("003_6cb87f9d3e2860d9.txt")),
					IngestService.Options.COMMAND.rewriting(), line -> { }).toString());
			String used = context.getBean(DocumentWriter.class).getClass().getSimpleName();
			return dump(context.getBean(Driver.class), used, summaries);
		}
	}

	private record Dump(String writer, List<String> nodes, List<String> relationships, List<String> summaries) {
	}

	private static Dump dump(Driver driver, String writer, List<String> summaries) {
		List<String> nodes = new ArrayList<>();
		List<String> relationships = new ArrayList<>();
		try (var session = driver.session()) {
			session.run("MATCH (n) RETURN n").forEachRemaining(r -> nodes.add(node(r.get("n").asNode())));
			session.run("MATCH (a)-[r]->(b) RETURN a, r, b").forEachRemaining(r -> relationships.add(node(r.get("a").asNode())
					+ " -[:" + r.get("r").asRelationship().type() + " " + props(r.get("r").asRelationship()) + "]-> "
					+ node(r.get("b").asNode())));
		}
		nodes.sort(null);
		relationships.sort(null);
		return new Dump(writer, nodes, relationships, summaries);
	}

	private static String node(Node n) {
		List<String> labels = new ArrayList<>();
		n.labels().forEach(labels::add);
		labels.sort(null);
		return labels + props(n);
	}

	/** Properties in key order, timestamps left out, each with its value's type. */
	private static String props(Entity e) {
		Map<String, String> out = new TreeMap<>();
		for (String k : e.keys()) {
			if (!TIMESTAMPS.contains(k)) {
				Value v = e.get(k);
				out.put(k, v.type().name() + ":" + v);
			}
		}
		return out.toString();
	}

}
