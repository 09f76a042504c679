package io.policygraph.cli;

import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import io.policygraph.api.ReadQueries;
import io.policygraph.graph.Vocabulary;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * {@code bench --url http://127.0.0.1:8080 --bolt bolt://127.0.0.1:7687 [--requests 200] [--whole-graph 5]}:
 * latency of the API and of the analyses against a running PolicyGraph, one client, after warm-up, with p50 /
 * p99 per endpoint, and the same reads as raw Cypher over Bolt for comparison. Prints a Markdown table.
 * {@code --whole-graph} sets the requests of the whole-graph analytics row (0 leaves it out): on a
 * 10M-node graph one such request takes minutes.
 */
final class BenchCommand {

	private BenchCommand() {
	}

	static int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		String url = option(args, "--url", "http://127.0.0.1:8080");
		String bolt = option(args, "--bolt", "bolt://127.0.0.1:7687");
		int requests = Integer.parseInt(option(args, "--requests", "200"));
		int wholeGraph = Integer.parseInt(option(args, "--whole-graph", "5"));
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
		try (Driver driver = GraphDatabase.driver(bolt, AuthTokens.none())) {
			List<String> agencies = ids(driver, """
					MATCH (a:Agency) WHERE EXISTS { (a)-[:%s]->(:Measure) }
					RETURN a.id AS id ORDER BY a.id LIMIT 100""".formatted(Vocabulary.RESPONSIBILITY));
			List<String> measures = ids(driver, "MATCH (m:Measure) WHERE EXISTS { (m)<-[:LEADS]-() } RETURN m.id AS id ORDER BY m.id LIMIT 100");
			List<String> segments = ids(driver, "MATCH (s:ChainSegment) WHERE EXISTS { (s)<-[:SUPPORTS]-() } RETURN s.id AS id ORDER BY s.id LIMIT 100");
			List<String> documents = ids(driver, "MATCH (d:Document) RETURN d.id AS id ORDER BY d.id LIMIT 100");
			if (agencies.isEmpty() || measures.isEmpty()) {
				err.println("bench: the graph holds no agencies with measures; load the seed or run 'generate' first");
				return 1;
			}
			long nodes = driver.session().run("MATCH (n) RETURN count(n) AS c").single().get("c").asLong();
			out.printf("Graph: %d nodes. %d requests per row after 20 warm-up requests (200 for paired rows; heavy rows: fewer, as named), one client.%n%n",
					nodes, requests);
			out.println("| what | p50 ms | p99 ms | requests/s |");
			out.println("|---|---|---|---|");
			pair(out, "GET /api/measures/{id}", requests, i -> get(http, url + "/api/measures/" + enc(pick(measures, i))),
					i -> cypher(driver, ReadQueries.MEASURE, Map.of("id", pick(measures, i))));
			pair(out, "GET /api/agencies/{id}", requests, i -> get(http, url + "/api/agencies/" + enc(pick(agencies, i))),
					i -> cypher(driver, ReadQueries.AGENCY, Map.of("id", pick(agencies, i))));
			pair(out, "GET /api/agencies/{id}/responsibilities", requests,
					i -> get(http, url + "/api/agencies/" + enc(pick(agencies, i)) + "/responsibilities"),
					i -> cypher(driver, ReadQueries.RESPONSIBILITIES, firstPage(pick(agencies, i))));
			if (!documents.isEmpty()) {
				pair(out, "GET /api/documents/{id}", requests, i -> get(http, url + "/api/documents/" + enc(pick(documents, i))),
						i -> cypher(driver, ReadQueries.DOCUMENT, Map.of("id", pick(documents, i))));
			}
			pair(out, "GET /api/search?q=…", requests, i -> get(http, url + "/api/search?q=" + enc(searchTerm(i))), i -> {
				Map<String, Object> p = ReadQueries.searchParameters(searchTerm(i), null, 0, 20);
				Call page = cypher(driver, ReadQueries.SEARCH, p);
				Call count = cypher(driver, ReadQueries.SEARCH_COUNT, p);
				return () -> {
					page.run();
					count.run();
				};
			});
			row(out, "POST /api/impact/agency-change (remove)", requests, i -> post(http, url + "/api/impact/agency-change",
					"{\"agency\": \"" + pick(agencies, i) + "\", \"change\": \"remove\"}"));
			if (!segments.isEmpty()) {
				row(out, "GET /api/impact/chain-segments/{id}", requests,
						i -> get(http, url + "/api/impact/chain-segments/" + enc(pick(segments, i))));
			}
			row(out, "GET /api/impact/expiring?before=2025-12-31", Math.max(10, requests / 10),
					i -> get(http, url + "/api/impact/expiring?before=2025-12-31"));
			List<String> places = ids(driver, """
					MATCH (a:Agency) WHERE a.place IS NOT NULL
					WITH a.place AS id, count(*) AS agencies ORDER BY agencies DESC, id LIMIT 20 RETURN id""");
			if (!places.isEmpty()) {
				row(out, "GET /api/analytics/agencies?jurisdiction=…", Math.max(10, requests / 10), 5,
						i -> get(http, url + "/api/analytics/agencies?top=20&jurisdiction=" + enc(pick(places, i))));
			}
			if (wholeGraph > 0) {
				row(out, "GET /api/analytics/agencies (whole graph)", wholeGraph, 1, i -> get(http, url + "/api/analytics/agencies?top=20"));
			}
			row(out, "GET /api/export/graphml?scope=agency:…", Math.max(10, requests / 10), 5,
					i -> get(http, url + "/api/export/graphml?scope=" + enc("agency:" + pick(agencies, i))));
			if (!documents.isEmpty()) {
				row(out, "GET /api/export/graphml?scope=document:…", Math.max(10, requests / 10), 5,
						i -> get(http, url + "/api/export/graphml?scope=" + enc("document:" + pick(documents, i))));
			}
		}
		return 0;
	}

	private static String searchTerm(int i) {
		return i % 2 == 0 ? "氢能" : "测试措施";
	}

	/** The parameters {@code GET /api/agencies/{id}/responsibilities} passes for its first page. */
	private static Map<String, Object> firstPage(String agency) {
		Map<String, Object> p = new java.util.HashMap<>();
		p.put("id", agency);
		p.put("role", "any");
		p.put("inherited", true);
		p.put("document", null);
		p.put("asOf", null);
		p.put("places", null);
		p.put("skip", 0L);
		p.put("size", 20);
		return p;
	}

	interface Call {

		void run() throws Exception;

	}

	/**
	 * An endpoint and the same statement over Bolt, called alternately on the same ids, so both see the
	 * same cache state; prints the endpoint's row, the raw row under it, and the ratio of their p50.
	 */
	private static void pair(PrintStream out, String what, int requests, IntFunction<Call> api, IntFunction<Call> raw)
			throws Exception {
		// long enough for the JIT to compile the request path: with 20 the first run read 1.6×, a second 1.2×
		for (int i = 0; i < 200; i++) {
			api.apply(i).run();
			raw.apply(i).run();
		}
		long[] a = new long[requests];
		long[] r = new long[requests];
		double apiSeconds = 0;
		double rawSeconds = 0;
		for (int i = 0; i < requests; i++) {
			boolean apiFirst = i % 2 == 0;
			for (int k = 0; k < 2; k++) {
				boolean isApi = apiFirst == (k == 0);
				long t = System.nanoTime();
				(isApi ? api : raw).apply(i).run();
				long d = System.nanoTime() - t;
				if (isApi) {
					a[i] = d;
					apiSeconds += d / 1e9;
				}
				else {
					r[i] = d;
					rawSeconds += d / 1e9;
				}
			}
		}
		Arrays.sort(a);
		Arrays.sort(r);
		out.printf("| %s | %.1f | %.1f | %s |%n", what, a[requests / 2] / 1e6, a[p99(requests)] / 1e6, rate(requests / apiSeconds));
		out.printf("|   same statement, raw Cypher over Bolt (API/raw at p50: %.2f×) | %.1f | %.1f | %s |%n",
				(double) a[requests / 2] / r[requests / 2], r[requests / 2] / 1e6, r[p99(requests)] / 1e6, rate(requests / rawSeconds));
	}

	private static String rate(double perSecond) {
		return perSecond < 10 ? String.format("%.2f", perSecond) : String.format("%.0f", perSecond);
	}

	private static int p99(int requests) {
		return Math.min(requests - 1, (int) Math.ceil(requests * 0.99) - 1);
	}

	private static void row(PrintStream out, String what, int requests, IntFunction<Call> call) throws Exception {
		row(out, what, requests, 20, call);
	}

	private static void row(PrintStream out, String what, int requests, int warmUp, IntFunction<Call> call)
			throws Exception {
		try {
			call.apply(0).run();
		}
		catch (IllegalStateException ex) {
			out.printf("| %s | failed: %s | | |%n", what, ex.getMessage().replace('|', '/').lines().findFirst().orElse(""));
			return;
		}
		for (int i = 1; i < warmUp; i++) {
			call.apply(i).run();
		}
		long[] nanos = new long[requests];
		long started = System.nanoTime();
		for (int i = 0; i < requests; i++) {
			long t = System.nanoTime();
			call.apply(i).run();
			nanos[i] = System.nanoTime() - t;
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		Arrays.sort(nanos);
		out.printf("| %s | %.1f | %.1f | %s |%n", what, nanos[requests / 2] / 1e6, nanos[p99(requests)] / 1e6,
				rate(requests / seconds));
	}

	private static Call get(HttpClient http, String url) {
		return () -> check(http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()), url);
	}

	private static Call post(HttpClient http, String url, String json) {
		return () -> check(http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString()), url);
	}

	private static Call cypher(Driver driver, String query, Map<String, Object> params) {
		return () -> {
			try (var session = driver.session()) {
				session.run(query, params).list();
			}
		};
	}

	private static void check(HttpResponse<String> r, String url) {
		if (r.statusCode() != 200) {
			throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
		}
	}

	static List<String> ids(Driver driver, String query) {
		try (var session = driver.session()) {
			return new ArrayList<>(session.run(query).list(r -> r.get("id").asString()));
		}
	}

	private static String pick(List<String> ids, int i) {
		return ids.get(i % ids.size());
	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	static String option(List<String> args, String name, String fallback) {
		int i = args.indexOf(name);
		return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
	}

}
