package io.policygraph.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.policygraph.PolicyGraphApplication;
import io.policygraph.graph.DocumentWriter;
import io.policygraph.load.IngestService;
import io.policygraph.load.IngestSummary;
import io.policygraph.load.SeedLoader;
import org.neo4j.driver.Driver;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The write path timed in-process (issue 22, ADR 0020). Each part starts the application on an empty embedded store
 * in a temporary folder (JVM and database start excluded from every figure) and prints its own lines; a markdown
 * table of all parts comes last. The load average is printed beside the figures, since the machine may be shared.
 * <ul>
 * <li>{@code --seed}: the seed corpus loaded as at start-up (reference data, then the corpus).</li>
 * <li>{@code --upload MB}: a generated file of MB megabytes sent to {@code POST /api/documents} of the application
 * started with its web server on a free port, warm (a 0.1 MB upload before it); the request's wall time, and the
 * answer's {@code stageMillis}.</li>
 * <li>{@code --series MB,MB,…}: the flatness series. After a 1 MB warm-up, folders of generated files (about
 * {@code --file-mb} each, 0.5 by default, every file with a seed of its own, so that no title repeats) ingested one
 * after the other into one store, as {@code ingest PATH} does: MB/s each, rows per second per label and type.</li>
 * <li>{@code --ceiling}: after the series, everything in its store written as CSV and loaded by Neo4j's own bulk
 * importer ({@code neo4j-admin database import full}, run in this process from {@code neo4j-import-tool}) into a
 * fresh store: rows per second, the ceiling for the figures above.</li>
 * <li>{@code --all}: {@code --seed --upload 2.6 --series 1,5,10,25,50 --ceiling}.</li>
 * <li>{@code FILE…} [{@code --again}]: files or folders ingested in turn into one store, as before; with
 * {@code --again} each a second time (it must write nothing).</li>
 * <li>{@code --writer cypher}: documents written by Cypher over the driver instead of the Core API.</li>
 * <li>{@code --consistent-search}: the full-text index updated inside each commit, as before schema V008, to see
 * what updating it after the commit (ADR 0020) gains.</li>
 * </ul>
 *
 * <pre>
 * ./mvnw -q -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt &amp;&amp; ./mvnw -q test-compile
 * java -Xmx4g --add-opens java.base/java.nio=ALL-UNNAMED --add-opens java.base/java.lang=ALL-UNNAMED \
 *      -cp target/classes:target/test-classes:$(cat target/classpath.txt) io.policygraph.bench.IngestBenchmark --all
 * </pre>
 */
public final class IngestBenchmark {

	private static final Path BENCH = Path.of("target", "bench");

	private static final String KEY = "bench-key";

	/** One line of the final table. */
	private record Row(String what, double mb, int documents, double seconds, long rows, double cpuSeconds, String note) {
	}

	private final List<Row> table = new ArrayList<>();

	private String writer = "auto";

	private boolean consistentSearch;

	private List<String> texts;

	private IngestBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		IngestBenchmark bench = new IngestBenchmark();
		List<Path> paths = new ArrayList<>();
		boolean again = false;
		boolean seed = false;
		boolean ceiling = false;
		double upload = 0;
		double fileMb = 0.5;
		List<Double> series = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--again" -> again = true;
				case "--seed" -> seed = true;
				case "--ceiling" -> ceiling = true;
				case "--upload" -> upload = Double.parseDouble(args[++i]);
				case "--file-mb" -> fileMb = Double.parseDouble(args[++i]);
				case "--writer" -> bench.writer = args[++i];
				case "--consistent-search" -> bench.consistentSearch = true;
				case "--series" -> {
					for (String s : args[++i].split(",")) {
						series.add(Double.parseDouble(s));
					}
				}
				case "--all" -> {
					seed = true;
					ceiling = true;
					upload = 2.6;
					series = List.of(1.0, 5.0, 10.0, 25.0, 50.0);
				}
				default -> paths.add(Path.of(args[i]));
			}
		}
		Files.createDirectories(BENCH);
		if (seed) {
			bench.seed();
		}
		if (upload > 0) {
			bench.upload(upload);
		}
		if (!series.isEmpty()) {
			bench.series(series, fileMb, ceiling);
		}
		if (!paths.isEmpty()) {
			bench.files(paths, again);
		}
		bench.print();
	}

	private ConfigurableApplicationContext start(boolean web) throws Exception {
		Path data = Files.createTempDirectory("ingest-bench-");
		long booted = System.nanoTime();
		ConfigurableApplicationContext context = new SpringApplicationBuilder(PolicyGraphApplication.class)
			.web(web ? WebApplicationType.SERVLET : WebApplicationType.NONE)
			.run("--policygraph.seed.enabled=false", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
					"--policygraph.embedded.data-dir=" + data, "--policygraph.embedded.bolt-port=0", "--server.port=0",
					"--policygraph.api-key=" + KEY, "--policygraph.write.writer=" + this.writer);
		if (this.consistentSearch) {
			// the search index as before schema V008: updated inside each commit
			try (var session = context.getBean(Driver.class).session()) {
				session.run("DROP INDEX search").consume();
				session.run("""
						CREATE FULLTEXT INDEX search
						FOR (n:Agency|AgencyGroup|Organisation|Measure|Document|Place|Park|Chain|ChainSegment|Project)
						ON EACH [n.name, n.aliasText, n.text, n.title] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}""").consume();
				session.run("CALL db.awaitIndex('search', 600)").consume();
			}
		}
		System.out.printf("start (JVM excluded): %d ms, writer %s, search index %s%n", (System.nanoTime() - booted) / 1_000_000,
				context.getBean(DocumentWriter.class).getClass().getSimpleName(),
				this.consistentSearch ? "updated in the commit" : "updated after the commit");
		return context;
	}

	/** The seed corpus as start-up loads it, on an empty store. */
	private void seed() throws Exception {
		try (ConfigurableApplicationContext context = start(false)) {
			Driver driver = context.getBean(Driver.class);
			double load = load();
			long cpu = cpu();
			long t = System.nanoTime();
			IngestSummary summary = context.getBean(SeedLoader.class).load();
			double seconds = (System.nanoTime() - t) / 1e9;
			long rows = total(driver);
			double mb = bytes(Path.of("seed-data", "corpus")) / 1e6;
			System.out.printf("seed load: %.2f MB in %.2f s; load average %.1f before, %.1f after%n  %s%n  stages (ms): %s%n", mb,
					seconds, load, load(), summary, summary.stageMillis());
			this.table.add(new Row("seed load (reference data and corpus)", mb, summary.created().size(), seconds, rows,
					(cpu() - cpu) / 1e9, "target ≤ 3 s"));
		}
	}

	/** A generated file sent to the running service, as a client would. */
	private void upload(double mb) throws Exception {
		Path file = generate(BENCH.resolve("upload-" + mb + ".txt"), mb, 7);
		Path warm = generate(BENCH.resolve("upload-warm-up.txt"), 0.1, 8);
		try (ConfigurableApplicationContext context = start(true)) {
			context.getBean(SeedLoader.class).load(List.of());
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			HttpClient http = HttpClient.newHttpClient();
			// the figure is for a warm service: its statements planned, by a small upload first
			HttpResponse<String> first = http.send(upload(port, warm), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			System.out.printf("upload warm-up %s: HTTP %d%n", warm.getFileName(), first.statusCode());
			HttpRequest request = upload(port, file);
			double load = load();
			long cpu = cpu();
			long t = System.nanoTime();
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			double seconds = (System.nanoTime() - t) / 1e9;
			double cpuSeconds = (cpu() - cpu) / 1e9;
			Matcher stages = Pattern.compile("\"stageMillis\"\\s*:\\s*(\\{[^}]*\\})").matcher(response.body());
			Matcher created = Pattern.compile("\"created\"\\s*:\\s*\\[").matcher(response.body());
			int documents = created.find() ? countIds(response.body().substring(created.end())) : 0;
			long rows = total(context.getBean(Driver.class));
			System.out.printf("upload %s: HTTP %d, %.2f MB in %.2f s = %.2f MB/s; load average %.1f before, %.1f after%n  stageMillis %s%n",
					file.getFileName(), response.statusCode(), Files.size(file) / 1e6, seconds, Files.size(file) / 1e6 / seconds, load,
					load(), stages.find() ? stages.group(1) : "(none: " + abbreviate(response.body()) + ")");
			this.table.add(new Row("POST /api/documents, one file", Files.size(file) / 1e6, documents, seconds, rows, cpuSeconds,
					"HTTP " + response.statusCode() + "; target ≤ 3 s"));
		}
	}

	private static HttpRequest upload(int port, Path file) throws Exception {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/documents?name=" + file.getFileName()))
			.header("X-API-Key", KEY)
			.header("Content-Type", "text/plain; charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofFile(file))
			.build();
	}

	/** The documents of the answer's {@code created} list: ids up to the list's end. */
	private static int countIds(String rest) {
		int depth = 1;
		int ids = 0;
		for (int i = 0; i < rest.length() && depth > 0; i++) {
			char c = rest.charAt(i);
			if (c == '[' || c == '{') {
				depth++;
			}
			else if (c == ']' || c == '}') {
				depth--;
			}
			else if (depth == 2 && rest.startsWith("\"id\"", i)) {
				ids++;
			}
		}
		return ids;
	}

	/** Folders of 1 to 50 MB ingested one after the other into one store, after a warm-up. */
	private void series(List<Double> sizes, double fileMb, boolean ceiling) throws Exception {
		long seed = 100;
		try (ConfigurableApplicationContext context = start(false)) {
			context.getBean(SeedLoader.class).load(List.of());
			Driver driver = context.getBean(Driver.class);
			IngestService ingest = context.getBean(IngestService.class);
			Path warm = folder(BENCH.resolve("series-warm-up"), 1, fileMb, 10);
			run("warm-up", warm, ingest, driver, false);
			double total = bytes(warm) / 1e6;
			for (double mb : sizes) {
				Path dir = folder(BENCH.resolve("series-" + mb), mb, fileMb, seed);
				seed += (long) Math.ceil(mb / fileMb);
				run("series", dir, ingest, driver, false);
				total += bytes(dir) / 1e6;
			}
			if (ceiling) {
				ceiling(driver, total);
			}
		}
	}

	private void files(List<Path> paths, boolean again) throws Exception {
		try (ConfigurableApplicationContext context = start(false)) {
			context.getBean(SeedLoader.class).load(List.of());
			Driver driver = context.getBean(Driver.class);
			IngestService ingest = context.getBean(IngestService.class);
			for (Path path : paths) {
				run("ingest", path, ingest, driver, again);
			}
		}
	}

	/** Ingests one file or folder and prints its lines. */
	private void run(String what, Path path, IngestService ingest, Driver driver, boolean again) throws Exception {
		long bytes = bytes(path);
		Map<String, Long> before = counts(driver);
		double load = load();
		long cpu = cpu();
		long t = System.nanoTime();
		IngestSummary summary = ingest.ingest(List.of(path), IngestService.Options.COMMAND, line -> {
		});
		double seconds = (System.nanoTime() - t) / 1e9;
		double cpuSeconds = (cpu() - cpu) / 1e9;
		Map<String, Long> after = counts(driver);
		System.out.printf("%s %s: %.2f MB in %.2f s = %.2f MB/s, %.0f documents/s; process CPU %.1f s (%.2f MB per CPU s); "
				+ "load average %.1f before, %.1f after%n", what, path.getFileName(), bytes / 1e6, seconds, bytes / 1e6 / seconds,
				summary.created().size() / seconds, cpuSeconds, bytes / 1e6 / cpuSeconds, load, load());
		System.out.println("  " + summary);
		System.out.println("  stages (ms, summed over threads): " + summary.stageMillis());
		long rows = 0;
		for (var e : after.entrySet()) {
			long n = e.getValue() - before.getOrDefault(e.getKey(), 0L);
			if (n > 0) {
				rows += n;
				System.out.printf("  %-28s %8d rows %10.0f rows/s%n", e.getKey(), n, n / seconds);
			}
		}
		this.table.add(new Row(what + " " + path.getFileName(), bytes / 1e6, summary.created().size(), seconds, rows, cpuSeconds,
				summary.failures().isEmpty() ? "" : summary.failures().size() + " failures"));
		if (again) {
			t = System.nanoTime();
			IngestSummary second = ingest.ingest(List.of(path), IngestService.Options.COMMAND, line -> {
			});
			System.out.printf("again: %.2f s, %s; graph unchanged: %b%n", (System.nanoTime() - t) / 1e9, second,
					counts(driver).equals(after));
		}
	}

	/** The store written as CSV, then loaded by Neo4j's bulk importer into an empty store, timed. */
	private void ceiling(Driver driver, double mb) throws Exception {
		Path dir = Files.createTempDirectory("ingest-bench-import-");
		long t = System.nanoTime();
		ImportCsv.Files csv = ImportCsv.export(driver, dir.resolve("csv"));
		System.out.printf("ceiling: %d nodes and %d relationships written as CSV in %.2f s (not counted)%n", csv.nodes(),
				csv.relationships(), (System.nanoTime() - t) / 1e9);
		long cpu = cpu();
		t = System.nanoTime();
		ImportCsv.importInto(dir.resolve("home"), csv);
		double seconds = (System.nanoTime() - t) / 1e9;
		long rows = csv.nodes() + csv.relationships();
		System.out.printf("ceiling: neo4j-admin database import of %d rows in %.2f s = %.0f rows/s%n", rows, seconds, rows / seconds);
		this.table.add(new Row("neo4j-admin database import of the series' store as CSV (warm-up included; no indexes)", mb, 0, seconds, rows,
				(cpu() - cpu) / 1e9, "ceiling"));
	}

	private void print() {
		System.out.println();
		System.out.println("| what | MB | documents | wall s | MB/s | rows | rows/s | process CPU s | note |");
		System.out.println("|---|---|---|---|---|---|---|---|---|");
		for (Row r : this.table) {
			System.out.println(String.format(Locale.ROOT, "| %s | %.2f | %d | %.2f | %.2f | %d | %.0f | %.1f | %s |", r.what(), r.mb(),
					r.documents(), r.seconds(), r.mb() / r.seconds(), r.rows(), r.rows() / r.seconds(), r.cpuSeconds(), r.note()));
		}
		System.out.printf(Locale.ROOT, "%nload average at the end: %.1f on %d cores%n", load(),
				Runtime.getRuntime().availableProcessors());
	}

	/** A folder of generated files of about {@code fileMb} each, {@code mb} in all, each with its own seed. */
	private Path folder(Path dir, double mb, double fileMb, long firstSeed) throws Exception {
		Files.createDirectories(dir);
		int files = (int) Math.max(1, Math.ceil(mb / fileMb));
		for (int i = 0; i < files; i++) {
			// named by seed: a file of the name of one loaded earlier would replace its documents (ingest PATH)
			generate(dir.resolve(String.format("policies-%05d.txt", firstSeed + i)), mb / files, firstSeed + i);
		}
		return dir;
	}

	/** A generated file, written once (the same seed and size give the same bytes). */
	private Path generate(Path file, double mb, long seed) throws Exception {
		if (!Files.exists(file)) {
			if (this.texts == null) {
				this.texts = PolicyFileGenerator.measureTexts(Path.of("seed-data/corpus"));
			}
			Files.writeString(file, PolicyFileGenerator.generate(this.texts, (long) (mb * 1_000_000), seed), StandardCharsets.UTF_8);
		}
		return file;
	}

	private static String abbreviate(String s) {
		return s.length() <= 300 ? s : s.substring(0, 300) + "…";
	}

	private static long bytes(Path path) throws Exception {
		try (Stream<Path> s = Files.walk(path)) {
			return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
		}
	}

	/** {@return CPU time of this process so far, in nanoseconds} */
	static long cpu() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	static double load() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	/** {@return nodes and relationships in the store} */
	static long total(Driver driver) {
		try (var session = driver.session()) {
			return session.run("MATCH (n) RETURN count(n) AS c").single().get("c").asLong()
					+ session.run("MATCH ()-[r]->() RETURN count(r) AS c").single().get("c").asLong();
		}
	}

	/** Nodes per label and relationships per type. */
	static Map<String, Long> counts(Driver driver) {
		Map<String, Long> out = new TreeMap<>();
		try (var session = driver.session()) {
			session.run("MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c").forEachRemaining(
					r -> out.put(":" + r.get("l").asString(), r.get("c").asLong()));
			session.run("MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c").forEachRemaining(
					r -> out.put("[:" + r.get("t").asString() + "]", r.get("c").asLong()));
		}
		return out;
	}

}
