package io.policygraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Start-up time of the packaged service (issue 19): launches {@code target/policygraph.jar} as a child process on an
 * empty data folder (cold: schema, reference data and the seed corpus are written), stops it, and launches it again
 * on the same folder (warm: everything is there). For each start it prints the wall time from launch until
 * {@code /actuator/health/readiness} answers UP, the stage lines the application logs ({@code Start-up stage …},
 * {@code Embedded Neo4j up in …}, the summary when ready), and the load average, since a shared machine distorts
 * the figures.
 *
 * <pre>
 * ./mvnw -q -DskipTests package test-compile
 * java -cp target/test-classes io.policygraph.bench.StartupBenchmark [ROUNDS]    # default 1 cold + 1 warm per round
 * </pre>
 */
public final class StartupBenchmark {

	private static final Path JAR = Path.of("target", "policygraph.jar");

	private static final Duration TIMEOUT = Duration.ofMinutes(20);

	private static final List<String> STAGE_LINES = List.of("Start-up stage", "Start-up: ready", "Embedded Neo4j up in",
			"Waited ", "Started PolicyGraphApplication", "Reference data", "Seed data loaded");

	private StartupBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		if (!Files.exists(JAR)) {
			throw new IllegalStateException(JAR + " is missing: run ./mvnw -q -DskipTests package first");
		}
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 1;
		OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
		for (int round = 1; round <= rounds; round++) {
			Path data = Files.createTempDirectory("startup-bench-");
			for (String kind : List.of("cold", "warm")) {
				System.out.printf("%n== round %d, %s start (load average %.1f, %d processors)%n", round, kind,
						os.getSystemLoadAverage(), os.getAvailableProcessors());
				long ms = start(data);
				System.out.printf("%s start: %d ms to readiness UP (load average after: %.1f)%n", kind, ms,
						os.getSystemLoadAverage());
			}
		}
	}

	/** {@return milliseconds from launch to readiness UP}; the process is stopped (SIGTERM) afterwards */
	private static long start(Path data) throws Exception {
		int http = freePort();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder pb = new ProcessBuilder(java, "-jar", JAR.toString()).redirectErrorStream(true);
		pb.environment().put("PORT", Integer.toString(http));
		pb.environment().put("POLICYGRAPH_BOLT_PORT", Integer.toString(freePort()));
		pb.environment().put("POLICYGRAPH_DATA_DIR", data.toAbsolutePath().toString());
		pb.environment().put("POLICYGRAPH_SEED", "true");
		pb.environment().remove("NEO4J_URI");
		long launched = System.nanoTime();
		Process p = pb.start();
		List<String> stages = new CopyOnWriteArrayList<>();
		Thread reader = Thread.ofPlatform().daemon().start(() -> {
			try (var r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = r.readLine()) != null) {
					String l = line;
					if (STAGE_LINES.stream().anyMatch(l::contains)) {
						int message = l.indexOf(" : ");
						stages.add(message < 0 ? l : l.substring(message + 3));
					}
				}
			}
			catch (IOException ex) {
				// the process ended
			}
		});
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest readiness = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(5)).build();
		long deadline = launched + TIMEOUT.toNanos();
		try {
			while (true) {
				if (!p.isAlive()) {
					throw new IllegalStateException("the application stopped before it was ready:\n" + String.join("\n", stages));
				}
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("not ready within " + TIMEOUT);
				}
				try {
					if (client.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
						break;
					}
				}
				catch (IOException ex) {
					// not listening yet
				}
				Thread.sleep(100);
			}
			long ms = (System.nanoTime() - launched) / 1_000_000;
			Thread.sleep(200); // the summary line is logged as readiness turns UP
			stages.forEach(s -> System.out.println("  " + s));
			return ms;
		}
		finally {
			p.destroy();
			if (!p.waitFor(60, TimeUnit.SECONDS)) {
				p.destroyForcibly().waitFor();
			}
			reader.join(5_000);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
	}

}
