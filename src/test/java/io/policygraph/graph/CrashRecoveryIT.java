package io.policygraph.graph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The packaged application killed with {@code kill -9} while it loads the seed corpus, then started
 * again on the same data: the graph it ends with equals the graph of a clean load (same labels and
 * counts, same ids, same responsibility edges), and every document the crash left, written in a batch with others,
 * is whole: its sections, measures and responsibility edges are those of the clean load.
 */
class CrashRecoveryIT {

	private static final Path JAR = Path.of("target", "policygraph.jar");

	private static final long START_TIMEOUT_SECONDS = 600; // a shared 2-core machine at load 20+ took over 240 s to start and load

	@Test
	void killedMidSeedThenRestartedEqualsACleanLoad() throws Exception {
		assertThat(JAR).as("the packaged jar (integration tests run after 'package')").exists();
		Path crashed = Files.createTempDirectory(Path.of("target"), "crash-neo4j-");
		Path clean = Files.createTempDirectory(Path.of("target"), "clean-neo4j-");

		Process first = start(crashed);
		Lines out = new Lines(first);
		// the corpus is five files loaded in order; kill as soon as the second one is under way
		out.await("ingested 001_", first);
		first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		assertThat(out.seen("Seed data loaded")).as("killed before the load finished").isFalse();

		Map<String, Object> afterCrash = fingerprint(crashed);
		Lines restart = runToCompletion(crashed);
		// the crashed run wrote and stamped the reference data before its seed load: another JVM writes none of it again
		assertThat(restart.seen("Reference data unchanged, not written")).as("reference data skipped on restart").isTrue();
		runToCompletion(clean);
		Map<String, Object> recovered = fingerprint(crashed);
		Map<String, Object> reference = fingerprint(clean);
		assertThat(recovered).isEqualTo(reference);
		assertThat((long) afterCrash.get("documents")).as("the crash left a partial load").isLessThan((long) reference.get("documents"));
		// the load writes documents in batches (ADR 0014): each document the crash left is whole, as in a clean load
		@SuppressWarnings("unchecked")
		List<String> present = (List<String>) afterCrash.get("documentIds");
		for (String part : List.of("sectionIds", "measureIds", "responsibilities")) {
			assertThat(of(afterCrash, part, present)).as(part + " of the documents the crash left")
				.isEqualTo(of(reference, part, present));
		}
		assertThat((List<?>) afterCrash.get("measuresWithoutDocument")).isEmpty();
	}

	/** The entries of a fingerprint's list that belong to the given documents (ids start with the document's). */
	@SuppressWarnings("unchecked")
	private static List<String> of(Map<String, Object> fingerprint, String part, List<String> documents) {
		return ((List<String>) fingerprint.get(part)).stream()
			.filter(x -> documents.stream().anyMatch(d -> x.startsWith(d + "-") || x.contains(" " + d + "-")))
			.toList();
	}

	/** {@return what the run printed} */
	private static Lines runToCompletion(Path data) throws Exception {
		Process p = start(data);
		Lines out = new Lines(p);
		out.await("Seed data loaded", p);
		p.destroy(); // SIGTERM: a clean shutdown
		if (!p.waitFor(60, TimeUnit.SECONDS)) {
			p.destroyForcibly();
			fail("the application did not stop within 60 s of SIGTERM");
		}
		return out;
	}

	private static Process start(Path data) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1g", "-jar", JAR.toString()).redirectErrorStream(true);
		pb.environment().put("PORT", "0");
		pb.environment().put("POLICYGRAPH_BOLT_PORT", "0");
		pb.environment().put("POLICYGRAPH_DATA_DIR", data.toAbsolutePath().toString());
		pb.environment().put("POLICYGRAPH_SEED", "true");
		pb.environment().remove("NEO4J_URI");
		return pb.start();
	}

	/**
	 * What the graph holds, leaving out times: nodes per label set, relationships per type, the sorted
	 * ids of documents, sections and measures, and every responsibility edge.
	 */
	private static Map<String, Object> fingerprint(Path data) {
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(data.toAbsolutePath())
			.setConfig(BoltConnector.enabled, false)
			.setConfig(HttpConnector.enabled, false)
			.build();
		try {
			var db = dbms.database("neo4j");
			Map<String, Object> out = new TreeMap<>();
			try (var tx = db.beginTx()) {
				out.put("labels", column(tx.execute("MATCH (n) UNWIND labels(n) AS l WITH l, count(*) AS c RETURN l + '=' + c AS x ORDER BY x")));
				out.put("types", column(tx.execute("MATCH ()-[r]->() WITH type(r) AS t, count(*) AS c RETURN t + '=' + c AS x ORDER BY x")));
				out.put("documentIds", column(tx.execute("MATCH (d:Document) RETURN d.id AS x ORDER BY x")));
				out.put("documents", (long) ((List<?>) out.get("documentIds")).size());
				out.put("sectionIds", column(tx.execute("MATCH (s:Section) RETURN s.id AS x ORDER BY x")));
				out.put("measureIds", column(tx.execute("MATCH (m:Measure) RETURN m.id AS x ORDER BY x")));
				out.put("responsibilities", column(tx.execute("""
						MATCH (a)-[r:LEADS|RESPONSIBLE_FOR]->(m:Measure)
						RETURN a.id + ' ' + r.role + ' ' + m.id + ' ' + coalesce(toString(r.position), '-') AS x ORDER BY x""")));
				out.put("measuresWithoutDocument", column(tx.execute("""
						MATCH (m:Measure) WHERE NOT EXISTS { (:Document)-[:HAS_SECTION|HAS_MEASURE*1..11]->(m) }
						RETURN m.id AS x""")));
			}
			return out;
		}
		finally {
			dbms.shutdown();
		}
	}

	private static List<String> column(org.neo4j.graphdb.Result result) {
		List<String> out = new ArrayList<>();
		result.forEachRemaining(row -> out.add(String.valueOf(row.get("x"))));
		return out;
	}

	/** The process's output, line by line, read on a thread of its own. */
	private static final class Lines {

		private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();

		private final List<String> all = new ArrayList<>();

		Lines(Process p) {
			Thread t = new Thread(() -> {
				try (var r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
					String line;
					while ((line = r.readLine()) != null) {
						this.queue.add(line);
					}
				}
				catch (IOException ex) {
					// the process was killed
				}
			});
			t.setDaemon(true);
			t.start();
		}

		void await(String marker, Process p) throws InterruptedException {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS);
			while (System.nanoTime() < deadline) {
				String line = this.queue.poll(1, TimeUnit.SECONDS);
				if (line != null) {
					this.all.add(line);
					if (line.contains(marker)) {
						return;
					}
				}
				else if (!p.isAlive()) {
					break;
				}
			}
			p.destroyForcibly();
			fail("no line with '" + marker + "' from the application; its output ended with:\n"
					+ String.join("\n", this.all.subList(Math.max(0, this.all.size() - 30), this.all.size())));
		}

		boolean seen(String marker) {
			this.queue.drainTo(this.all);
			return this.all.stream().anyMatch(l -> l.contains(marker));
		}

	}

}
