package io.policygraph.browser;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.support.EmbeddedGraphTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Neo4j Browser, as the application serves it, in a real headless Chromium: connects over Bolt/WebSocket
 * to the embedded database without authentication, runs a query on the seed graph and must show its
 * result. Drives {@code src/test/browser/browser-e2e.mjs} (Node + playwright-core, Debian's
 * {@code /usr/bin/chromium} or {@code $CHROMIUM}). Where Chromium, Node or the script's npm packages are
 * not to be had it is skipped on a developer's machine, but fails under {@code CI=true}: {@code .ci/run}
 * installs them, so a missing one there is a broken CI, not a reason to pass. Leaves a screenshot in
 * {@code target/browser-screenshot.png} (the one in {@code docs/} is a copy of such a run).
 */
class BrowserE2EIT extends EmbeddedGraphTest {

	private static final Path SCRIPT_DIR = Path.of("src", "test", "browser");

	private static final Path SCREENSHOT = Path.of("target", "browser-screenshot.png");

	/** The page as it was when the script failed; kept out of docs/. */
	private static final Path FAILURE_SCREENSHOT = Path.of("target", "browser-e2e-failure.png");

	private static final Path GUIDE_SCREENSHOT = Path.of("target", "browser-guide.png");

	private static final Path GRAPH_SCREENSHOT = Path.of("target", "browser-graph.png");

	private static final String QUERY = "MATCH (a:Agency {id: 'jinan:城市管理局'})-[:LEADS]->(m:Measure) "
			+ "RETURN a.name AS agency, count(m) AS leads";

	private static final long SCRIPT_TIMEOUT_SECONDS = 120;

	private static final long NPM_TIMEOUT_SECONDS = 180;

	private static final Pattern BOLT_DIRECT = Pattern.compile("\"bolt_direct\"\\s*:\\s*\"([^\"]+)\"");

	private static String node;

	/** What the test lacks here, or null; found once per class (npm ci included). */
	private static String missing;

	@BeforeAll
	static void findBrowserTools() throws IOException, InterruptedException {
		missing = missingBrowserTools();
	}

	@BeforeEach
	void seed() throws IOException {
		if (missing != null && "true".equalsIgnoreCase(System.getenv("CI"))) {
			fail(missing + ": under CI=true the browser test must run (.ci/run installs Chromium, Node.js and npm when they are missing)");
		}
		assumeTrue(missing == null, () -> missing + ": browser test skipped");
		seedGraph();
	}

	@Test
	void browserConnectsWithoutAuthAndShowsQueryResult() throws Exception {
		String bolt = boltUri();
		Files.createDirectories(SCREENSHOT.toAbsolutePath().getParent());
		long started = System.currentTimeMillis() - 2_000;
		browse(bolt, QUERY, List.of("市城管局", "4"), null, SCREENSHOT);
		assertThat(SCREENSHOT).as("screenshot").exists();
		assertThat(Files.getLastModifiedTime(SCREENSHOT).toMillis()).as("screenshot written by this run")
			.isGreaterThanOrEqualTo(started);
		assertThat(Files.size(SCREENSHOT)).as("screenshot size").isGreaterThan(10_000);
	}

	/**
	 * PolicyGraph's guide plays from the application ({@code :play} by the {@code localhost} address the
	 * Browser's default allowlist admits), and a ready-made query pasted whole draws its graph in
	 * PolicyGraph's style: measures in the style's yellow, which the Browser's own palette lacks.
	 */
	@Test
	void theGuidePlaysAndAQueryFileIsDrawnInPolicyGraphsStyle() throws Exception {
		String bolt = boltUri();
		browse(bolt, ":play http://localhost:" + this.port + "/guide/policygraph.html", List.of("PolicyGraph：谁负责什么", "WITH"), null,
				GUIDE_SCREENSHOT);
		String query = Files.readString(QueryFilesIT.QUERIES.resolve("11-a-measure-and-its-neighbourhood.cypher"));
		browse(bolt, query, List.of("Measure", "Agency"), "circle.b-outline[fill=\"#FFD92F\"]", GRAPH_SCREENSHOT);
		assertThat(GRAPH_SCREENSHOT).exists();
	}

	private String boltUri() throws Exception {
		var discovery = get("/");
		assertThat(discovery.statusCode()).as("discovery JSON at /").isEqualTo(200);
		Matcher bolt = BOLT_DIRECT.matcher(discovery.body());
		assertThat(bolt.find()).as("bolt_direct in %s", discovery.body()).isTrue();
		return bolt.group(1);
	}

	/** Runs the script: connect, paste {@code query}, run it, wait for every expected text (and the selector). */
	private void browse(String bolt, String query, List<String> expect, String selector, Path screenshot) throws Exception {
		List<String> command = new ArrayList<>(List.of(node, SCRIPT_DIR.resolve("browser-e2e.mjs").toString(),
				"--url", "http://127.0.0.1:" + this.port + "/browser/",
				"--bolt", bolt,
				"--query", query,
				"--screenshot", screenshot.toAbsolutePath().toString(),
				"--failure-screenshot", FAILURE_SCREENSHOT.toAbsolutePath().toString()));
		expect.forEach(e -> command.addAll(List.of("--expect", e)));
		if (selector != null) {
			command.addAll(List.of("--expect-selector", selector));
		}
		Result result = run(command, Path.of("."), SCRIPT_TIMEOUT_SECONDS);
		if (result.timedOut()) {
			fail("browser-e2e.mjs did not finish within " + SCRIPT_TIMEOUT_SECONDS + " s; stderr: " + result.stderr()
					+ " stdout: " + result.stdout());
		}
		if (result.exitCode() != 0) {
			fail("browser-e2e.mjs exited " + result.exitCode() + " (page as it was: " + FAILURE_SCREENSHOT + "): "
					+ result.stderr().strip()
					+ (result.stdout().isBlank() ? "" : " (stdout: " + result.stdout().strip() + ")"));
		}
	}

	private static String chromium() {
		String fromEnv = System.getenv("CHROMIUM");
		return (fromEnv == null || fromEnv.isBlank()) ? "/usr/bin/chromium" : fromEnv;
	}

	/**
	 * Chromium, node and the script's npm packages ({@code npm ci} there when node_modules is missing);
	 * returns what is missing, or null.
	 */
	private static String missingBrowserTools() throws IOException, InterruptedException {
		String chromium = chromium();
		if (!Files.isExecutable(Path.of(chromium))) {
			return "Chromium not found at " + chromium + " (apt-get install chromium, or set CHROMIUM)";
		}
		node = onPath("node");
		if (node == null) {
			return "node not found on PATH";
		}
		if (Files.isDirectory(SCRIPT_DIR.resolve("node_modules").resolve("playwright-core"))) {
			return null;
		}
		String npm = onPath("npm");
		if (npm == null) {
			return SCRIPT_DIR + "/node_modules is missing and npm is not on PATH";
		}
		Result ci = run(List.of(npm, "ci", "--no-audit", "--no-fund"), SCRIPT_DIR, NPM_TIMEOUT_SECONDS);
		if (ci.timedOut() || ci.exitCode() != 0) {
			return SCRIPT_DIR + "/node_modules is missing and `npm ci` there failed"
					+ (ci.timedOut() ? " (timed out after " + NPM_TIMEOUT_SECONDS + " s)" : " (exit " + ci.exitCode() + ")")
					+ ": " + lastLine(ci.stderr());
		}
		return null;
	}

	private static String onPath(String program) {
		String path = System.getenv("PATH");
		if (path == null) {
			return null;
		}
		for (String dir : path.split(File.pathSeparator)) {
			Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
			if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
				return candidate.toString();
			}
		}
		return null;
	}

	private static String lastLine(String text) {
		String[] lines = text.strip().split("\\R");
		return lines.length == 0 ? "" : lines[lines.length - 1];
	}

	private record Result(int exitCode, boolean timedOut, String stdout, String stderr) {
	}

	/** Runs a command with both streams read in the background; kills it (and its children) at the deadline. */
	private static Result run(List<String> command, Path dir, long timeoutSeconds) throws IOException, InterruptedException {
		var builder = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile());
		Process process = builder.start();
		process.getOutputStream().close();
		CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
		CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
		boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
		if (!finished) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
			process.waitFor(10, TimeUnit.SECONDS);
		}
		String stdout = out.completeOnTimeout("", 10, TimeUnit.SECONDS).join();
		String stderr = err.completeOnTimeout("", 10, TimeUnit.SECONDS).join();
		return new Result(finished ? process.exitValue() : -1, !finished, stdout, stderr);
	}

	private static String read(java.io.InputStream stream) {
		try (stream) {
			return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "(could not read: " + ex.getMessage() + ")";
		}
	}

}
