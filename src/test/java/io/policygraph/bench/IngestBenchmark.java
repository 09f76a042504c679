package io.policygraph.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.policygraph.PolicyGraphApplication;
import io.policygraph.load.IngestService;
import io.policygraph.load.IngestSummary;
import io.policygraph.load.SeedLoader;
import org.neo4j.driver.Driver;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The write path timed in-process (issue 22): starts the application without its web server on an empty
 * embedded store in a temporary folder, writes the reference data, then ingests the given files or folders
 * as {@code ingest PATH} does, one after the other in the same process, and prints for each MB/s (JVM and
 * database start excluded), the process's CPU time, the time per stage, and
 * rows written per second for each label and relationship type. With {@code --again} the same input is
 * ingested a second time (it must write nothing). The load average is printed beside the figures, since the
 * machine is shared.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/classpath.txt) io.policygraph.bench.IngestBenchmark FILE... [--again]
 * </pre>
 */
public final class IngestBenchmark {

	private IngestBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		List<Path> paths = new ArrayList<>();
		boolean again = false;
		for (String a : args) {
			if (a.equals("--again")) {
				again = true;
			}
			else {
				paths.add(Path.of(a));
			}
		}
		Path data = Files.createTempDirectory("ingest-bench-");
		long booted = System.nanoTime();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PolicyGraphApplication.class)
			.web(WebApplicationType.NONE)
			.run("--policygraph.seed.enabled=false", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
					"--policygraph.embedded.data-dir=" + data, "--policygraph.embedded.bolt-port=0")) {
			System.out.printf("start (JVM excluded): %d ms%n", (System.nanoTime() - booted) / 1_000_000);
			long t = System.nanoTime();
			context.getBean(SeedLoader.class).load(List.of());
			System.out.printf("reference data: %d ms%n", (System.nanoTime() - t) / 1_000_000);
			Driver driver = context.getBean(Driver.class);
			IngestService ingest = context.getBean(IngestService.class);
			for (Path path : paths) {
				run(path, ingest, driver, again);
			}
		}
	}

	/** Ingests one file or folder and prints its row. */
	private static void run(Path path, IngestService ingest, Driver driver, boolean again) throws Exception {
		long bytes;
		try (Stream<Path> s = Files.walk(path)) {
			bytes = s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
		}
		Map<String, Long> before = counts(driver);
		double load = load();
		long cpu = cpu();
		long t = System.nanoTime();
		IngestSummary summary = ingest.ingest(List.of(path), IngestService.Options.COMMAND, line -> {
		});
		double seconds = (System.nanoTime() - t) / 1e9;
		double cpuSeconds = (cpu() - cpu) / 1e9;
		Map<String, Long> after = counts(driver);
		System.out.printf("ingest %s: %.2f MB in %.2f s = %.2f MB/s, %.0f documents/s; process CPU %.1f s (%.2f MB per CPU s); "
				+ "load average %.1f before, %.1f after%n", path.getFileName(), bytes / 1e6, seconds, bytes / 1e6 / seconds,
				summary.created().size() / seconds, cpuSeconds, bytes / 1e6 / cpuSeconds, load, load());
		System.out.println("  " + summary);
		System.out.println("  stages (ms, summed over threads): " + summary.stageMillis());
		after.forEach((k, v) -> {
			long n = v - before.getOrDefault(k, 0L);
			if (n > 0) {
				System.out.printf("  %-28s %8d rows %10.0f rows/s%n", k, n, n / seconds);
			}
		});
		if (again) {
			t = System.nanoTime();
			IngestSummary second = ingest.ingest(List.of(path), IngestService.Options.COMMAND, line -> {
			});
			System.out.printf("again: %.2f s, %s; graph unchanged: %b%n", (System.nanoTime() - t) / 1e9, second,
					counts(driver).equals(after));
		}
	}

	/** {@return CPU time of this process so far, in nanoseconds} */
	static long cpu() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	static double load() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
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
