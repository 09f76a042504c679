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
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;

/**
 * Start-up time of the packaged service (issue 19): launches it as a child process on an empty data folder (cold:
 * schema, reference data and the seed corpus are written), stops it, and launches it again on the same folder (warm:
 * everything is there). Two launches are compared, interleaved round by round: the README's jar command with the AOT
 * cache the build trained ({@code aot}: {@code java -XX:AOTCache=target/app/policygraph.aot -jar
 * target/app/policygraph.jar}, with {@code -XX:AOTMode=on} so that a cache the JVM cannot use fails the run instead of
 * timing a start without it, ADR 0024) and the plain jar ({@code jar}: {@code java -jar target/policygraph.jar}). For
 * each start it prints the wall time from launch until {@code /actuator/health/readiness} answers UP, the stage lines
 * the application logs ({@code Start-up stage …}, {@code Embedded Neo4j up in …}, the summary when ready), and the
 * load average, since a shared machine distorts the figures.
 *
 * <pre>
 * ./mvnw -q -DskipTests package test-compile
 * java -cp target/test-classes io.policygraph.bench.StartupBenchmark [ROUNDS] [aot|jar|both]   # default 1 both
 * </pre>
 */
public final class StartupBenchmark {

	private static final Path FAT_JAR = Path.of("target", "policygraph.jar");

	private static final Path EXTRACTED = Path.of("target", "app", "policygraph.jar");

	private static final Path CACHE = Path.of("target", "app", "policygraph.aot");

	/** How the service is launched: {@code aot} as the README says, {@code jar} without the cache. */
	private enum Launch {

		AOT, JAR;

		List<String> command(String java) {
			return this == AOT
					? List.of(java, "-XX:AOTCache=" + CACHE, "-XX:AOTMode=on", "-Xlog:aot*=error", "-jar", EXTRACTED.toString())
					: List.of(java, "-jar", FAT_JAR.toString());
		}

	}

	private static final Duration TIMEOUT = Duration.ofMinutes(20);

	private static final List<String> STAGE_LINES = List.of("Start-up stage", "Start-up: ready", "Embedded Neo4j up in",
			"Waited ", "Started PolicyGraphApplication", "Reference data", "Seed data loaded");

	private StartupBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 1;
		List<Launch> launches = args.length > 1 && !args[1].equals("both") ? List.of(Launch.valueOf(args[1].toUpperCase()))
				: List.of(Launch.AOT, Launch.JAR);
		for (Launch launch : launches) {
			for (Path needed : launch == Launch.AOT ? List.of(EXTRACTED, CACHE) : List.of(FAT_JAR)) {
				if (!Files.exists(needed)) {
					throw new IllegalStateException(needed + " is missing: run ./mvnw -q -DskipTests package first (without -Daot.skip)");
				}
			}
		}
		OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
		for (int round = 1; round <= rounds; round++) {
			for (Launch launch : launches) {
				Path data = Files.createTempDirectory("startup-bench-");
				for (String kind : List.of("cold", "warm")) {
					System.out.printf("%n== round %d, %s, %s start (load average %.1f, %d processors)%n", round,
							launch.name().toLowerCase(), kind, os.getSystemLoadAverage(), os.getAvailableProcessors());
					long ms = start(launch, data);
					System.out.printf("%s %s start: %d ms to readiness UP (load average after: %.1f)%n",
							launch.name().toLowerCase(), kind, ms, os.getSystemLoadAverage());
				}
			}
		}
	}

	/** {@return milliseconds from launch to readiness UP}; the process is stopped (SIGTERM) afterwards */
	private static long start(Launch launch, Path data) throws Exception {
		int http = freePort();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder pb = new ProcessBuilder(launch.command(java)).redirectErrorStream(true);
		pb.environment().put("PORT", Integer.toString(http));
		pb.environment().put("POLICYGRAPH_BOLT_PORT", Integer.toString(freePort()));
		pb.environment().put("POLICYGRAPH_DATA_DIR", data.toAbsolutePath().toString());
		pb.environment().put("POLICYGRAPH_SEED", "true");
		pb.environment().remove("NEO4J_URI");
		long launched = System.nanoTime();
		Process p = pb.start();
		List<String> stages = new CopyOnWriteArrayList<>();
		Deque<String> last = new LinkedBlockingDeque<>();
		Thread reader = Thread.ofPlatform().daemon().start(() -> {
			try (var r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = r.readLine()) != null) {
					String l = line;
					last.addLast(l);
					if (last.size() > 30) {
						last.pollFirst();
					}
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
					reader.join(5_000);
					throw new IllegalStateException("the application stopped before it was ready; its last lines:\n" + String.join("\n", last));
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
