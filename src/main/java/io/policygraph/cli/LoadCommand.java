package io.policygraph.cli;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import io.policygraph.graph.Vocabulary;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * {@code load --url U --bolt B --rate 500 --seconds 600}: sustained traffic against a running service.
 * Open loop: requests are started on a fixed schedule whatever the answers take, and each latency is
 * counted from the moment its request was due, so a stalled server shows in the figures instead of
 * slowing the load down. The mix is what an analyst's screen or a calling system asks for most: measures,
 * agency profiles and their responsibilities, search, documents, chains, segment impact. Prints a line
 * every ten seconds and a table per endpoint at the end; exits 1 when any request failed.
 * <p>
 * {@code load --paths FILE [--count N]} writes the same mix as N request paths instead, for an external
 * load generator ({@code scripts/load-test.sh} feeds them to wrk).
 */
final class LoadCommand {

	private LoadCommand() {
	}

	/** One kind of request and its share of the traffic (weights add up to 100). */
	private record Endpoint(String name, int weight, IntFunction<String> path) {
	}

	static int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		String url = BenchCommand.option(args, "--url", "http://127.0.0.1:8080");
		String bolt = BenchCommand.option(args, "--bolt", "bolt://127.0.0.1:7687");
		int rate = Integer.parseInt(BenchCommand.option(args, "--rate", "500"));
		int seconds = Integer.parseInt(BenchCommand.option(args, "--seconds", "600"));
		if (rate < 1 || rate > 20_000 || seconds < 1) {
			err.println("load: --rate must be 1..20000 and --seconds at least 1");
			return 2;
		}
		Map<String, List<String>> ids = new LinkedHashMap<>();
		try (Driver driver = GraphDatabase.driver(bolt, AuthTokens.none())) {
			ids.put("agency", BenchCommand.ids(driver, """
					MATCH (a:Agency) WHERE EXISTS { (a)-[:%s]->(:Measure) } RETURN a.id AS id ORDER BY a.id LIMIT 200""".formatted(Vocabulary.RESPONSIBILITY)));
			ids.put("measure", BenchCommand.ids(driver, "MATCH (m:Measure) RETURN m.id AS id ORDER BY m.id LIMIT 500"));
			ids.put("document", BenchCommand.ids(driver, "MATCH (d:Document) RETURN d.id AS id ORDER BY d.id LIMIT 100"));
			ids.put("chain", BenchCommand.ids(driver, "MATCH (c:Chain) RETURN c.id AS id ORDER BY c.id LIMIT 50"));
			ids.put("segment", BenchCommand.ids(driver, """
					MATCH (s:ChainSegment) WHERE EXISTS { (s)<-[:SUPPORTS]-() } RETURN s.id AS id ORDER BY s.id LIMIT 100"""));
		}
		for (var e : ids.entrySet()) {
			if (e.getValue().isEmpty()) {
				err.println("load: the graph holds no " + e.getKey() + "; load the seed corpus first");
				return 1;
			}
		}
		String[] queries = { "氢能", "加氢站", "市城管局", "固体废物", "产业链", "新能源汽车", "发展改革委", "园区" };
		List<Endpoint> mix = List.of(
				new Endpoint("GET /api/measures/{id}", 25, i -> "/api/measures/" + BenchCommand.enc(pick(ids.get("measure"), i))),
				new Endpoint("GET /api/agencies/{id}", 15, i -> "/api/agencies/" + BenchCommand.enc(pick(ids.get("agency"), i))),
				new Endpoint("GET /api/agencies/{id}/responsibilities", 20,
						i -> "/api/agencies/" + BenchCommand.enc(pick(ids.get("agency"), i)) + "/responsibilities?size=20"),
				new Endpoint("GET /api/search?q=…", 15, i -> "/api/search?q=" + BenchCommand.enc(queries[i % queries.length])),
				new Endpoint("GET /api/documents/{id}", 10, i -> "/api/documents/" + BenchCommand.enc(pick(ids.get("document"), i))),
				new Endpoint("GET /api/chains/{id}/responsibilities", 5,
						i -> "/api/chains/" + BenchCommand.enc(pick(ids.get("chain"), i)) + "/responsibilities"),
				new Endpoint("GET /api/impact/chain-segments/{id}", 5,
						i -> "/api/impact/chain-segments/" + BenchCommand.enc(pick(ids.get("segment"), i))),
				new Endpoint("GET /api/agencies?q=…", 5, i -> "/api/agencies?q=" + BenchCommand.enc(i % 2 == 0 ? "局" : "委员会")));
		Endpoint[] schedule = new Endpoint[100];
		int k = 0;
		for (Endpoint e : mix) {
			for (int w = 0; w < e.weight(); w++) {
				schedule[k++] = e;
			}
		}
		String pathsFile = BenchCommand.option(args, "--paths", null);
		if (pathsFile != null) {
			int count = Integer.parseInt(BenchCommand.option(args, "--count", "10000"));
			List<String> lines = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				lines.add(schedule[i % 100].path().apply(i));
			}
			// interleaved as real callers would be, not in runs of one endpoint; the same order every time
			java.util.Collections.shuffle(lines, new java.util.Random(20261128L));
			java.nio.file.Files.write(java.nio.file.Path.of(pathsFile), lines);
			out.printf("load: wrote %d request paths in the mix above to %s%n", count, pathsFile);
			mix.forEach(e -> out.printf("  %3d%% %s%n", e.weight(), e.name()));
			return 0;
		}

		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
		Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
		Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
		ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
		AtomicLong done = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		ConcurrentLinkedQueue<Long> window = new ConcurrentLinkedQueue<>();
		long total = (long) rate * seconds;
		long intervalNanos = 1_000_000_000L / rate;
		out.printf("load: %d requests/s for %d s against %s (%d requests), mix:%n", rate, seconds, url, total);
		mix.forEach(e -> out.printf("  %3d%% %s%n", e.weight(), e.name()));
		long start = System.nanoTime();
		long nextReport = start + TimeUnit.SECONDS.toNanos(10);
		long reportedDone = 0;
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			for (long i = 0; i < total; i++) {
				long due = start + i * intervalNanos;
				long now;
				while ((now = System.nanoTime()) < due) {
					long wait = due - now;
					if (wait > 200_000) {
						Thread.sleep(Duration.ofNanos(wait - 100_000));
					}
					else {
						Thread.onSpinWait();
					}
				}
				if (now >= nextReport) {
					reportedDone = report(out, start, now, done.get(), reportedDone, failed.get(), window);
					nextReport += TimeUnit.SECONDS.toNanos(10);
				}
				Endpoint e = schedule[(int) (i % 100)];
				String path = e.path().apply((int) (i / 100));
				pool.submit(() -> {
					boolean ok;
					String problem = null;
					try {
						HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + path))
							.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
						ok = r.statusCode() == 200;
						if (!ok) {
							problem = r.statusCode() + " " + path;
						}
					}
					catch (Exception ex) {
						ok = false;
						problem = ex + " " + path;
					}
					long latency = System.nanoTime() - due;
					latencies.computeIfAbsent(e.name(), x -> new ConcurrentLinkedQueue<>()).add(latency);
					window.add(latency);
					done.incrementAndGet();
					if (!ok) {
						failed.incrementAndGet();
						errors.computeIfAbsent(e.name(), x -> new AtomicLong()).incrementAndGet();
						if (firstErrors.size() < 10) {
							firstErrors.add(problem);
						}
					}
				});
			}
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		out.printf("%nload: %d requests in %.0f s = %.0f requests/s, %d errors%n%n", done.get(), elapsed, done.get() / elapsed,
				failed.get());
		out.println("| endpoint | requests | errors | p50 ms | p99 ms | max ms |");
		out.println("|---|---|---|---|---|---|");
		for (Endpoint e : mix) {
			long[] l = sorted(latencies.getOrDefault(e.name(), new ConcurrentLinkedQueue<>()));
			if (l.length > 0) {
				out.printf("| %s | %d | %d | %.1f | %.1f | %.1f |%n", e.name(), l.length,
						errors.getOrDefault(e.name(), new AtomicLong()).get(), at(l, 0.50), at(l, 0.99), l[l.length - 1] / 1e6);
			}
		}
		long[] all = sorted(latencies.values().stream().flatMap(ConcurrentLinkedQueue::stream).collect(
				ConcurrentLinkedQueue::new, ConcurrentLinkedQueue::add, ConcurrentLinkedQueue::addAll));
		out.printf("| all | %d | %d | %.1f | %.1f | %.1f |%n", all.length, failed.get(), at(all, 0.50), at(all, 0.99),
				all[all.length - 1] / 1e6);
		firstErrors.forEach(x -> err.println("  error: " + x));
		return failed.get() == 0 ? 0 : 1;
	}

	private static long report(PrintStream out, long start, long now, long done, long reportedDone, long failed,
			ConcurrentLinkedQueue<Long> window) {
		List<Long> drained = new ArrayList<>();
		Long x;
		while ((x = window.poll()) != null) {
			drained.add(x);
		}
		long[] l = drained.stream().mapToLong(Long::longValue).sorted().toArray();
		out.printf("  %4d s: %6.0f requests/s, p50 %.1f ms, p99 %.1f ms, %d errors so far%n", (now - start) / 1_000_000_000L,
				(done - reportedDone) / 10.0, l.length == 0 ? 0 : at(l, 0.5), l.length == 0 ? 0 : at(l, 0.99), failed);
		return done;
	}

	private static long[] sorted(java.util.Collection<Long> values) {
		long[] out = values.stream().mapToLong(Long::longValue).toArray();
		Arrays.sort(out);
		return out;
	}

	private static double at(long[] sorted, double q) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * q) - 1)] / 1e6;
	}

	private static String pick(List<String> ids, int i) {
		return ids.get(Math.floorMod(i * 7919, ids.size()));
	}

}
