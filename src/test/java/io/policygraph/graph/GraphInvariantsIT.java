package io.policygraph.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.policygraph.ingest.ContentHash;
import io.policygraph.ingest.ExtractedDocument;
import io.policygraph.ingest.PolicyExtractor;
import io.policygraph.load.IngestRefusedException;
import io.policygraph.load.IngestService;
import io.policygraph.support.EmbeddedGraphTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invariants of {@code docs/graph-invariants.md}, read from that file and run as Cypher over the seed
 * graph and after every step of a seeded random sequence of ingests, replacements and deletions; the
 * graph that sequence leaves must equal a clean ingest of the documents that remain. The counts the API
 * reports are checked against the lists it returns.
 */
class GraphInvariantsIT extends EmbeddedGraphTest {

	static final Path INVARIANTS = Path.of("docs/graph-invariants.md");

	/** Places for documents of cities outside the registry: the upload names them, as a planner would. */
	static final List<String> PLACES = List.of("zibo", "weifang", "yantai", "linyi", "dezhou", "rizhao", "weihai");

	private final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	IngestService ingest;

	@AfterEach
	void leaveNoStrangeGraph() {
		// the other suites seed the graph when fewer than 20 documents are there: leave none of ours
		clean();
	}

	/** {@return the invariants, name → Cypher returning the rows that break it} */
	static Map<String, String> invariants() throws IOException {
		Map<String, String> out = new LinkedHashMap<>();
		Matcher m = Pattern.compile("(?m)^### (\\S+)\\s+```cypher\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(INVARIANTS));
		while (m.find()) {
			out.put(m.group(1), m.group(2));
		}
		return out;
	}

	private Map<String, List<Map<String, Object>>> violations() throws IOException {
		Map<String, List<Map<String, Object>>> out = new TreeMap<>();
		try (var session = this.driver.session()) {
			for (var e : invariants().entrySet()) {
				List<Map<String, Object>> rows = session.run(e.getValue()).list(r -> r.asMap());
				if (!rows.isEmpty()) {
					out.put(e.getKey(), rows);
				}
			}
		}
		return out;
	}

	@Test
	void theDocumentNamesEveryInvariantOnce() throws IOException {
		assertThat(invariants()).containsKeys("no-parallel-relationships", "measure-in-one-document", "fact-provenance",
			"body-jurisdiction", "no-orphans");
	}

	@Test
	void invariantsHoldOnTheSeedGraph() throws Exception {
		seedGraph();
		assertThat(violations()).isEmpty();
		countsEqualLists();
		// the question of issue 16: 8 measures support 加氢站 (15 before SUPPORTS was written once per key)
		JsonNode chains = getJson("/api/chains");
		for (JsonNode c : chains) {
			for (JsonNode s : c.get("segments")) {
				if (s.get("id").asString().equals("hydrogen.refuelling")) {
					assertThat(s.get("measures").asInt()).isEqualTo(count("""
							MATCH (:ChainSegment {id: 'hydrogen.refuelling'})<-[:SUPPORTS]-(m:Measure) RETURN count(DISTINCT m) AS c"""));
				}
			}
		}
	}

	@Test
	void invariantsHoldThroughRandomIngestReplaceAndDelete() throws Exception {
		clean();
		this.seedLoader.load(List.of());
		Random random = new Random(20261207L);
		List<Source> pool = pool(random);
		Map<String, Source> bySha = new LinkedHashMap<>();
		pool.forEach(s -> bySha.put(ContentHash.sha256(s.bytes()), s));
		int ingested = 0;
		int refused = 0;
		int replaced = 0;
		int deleted = 0;
		for (int step = 0; step < 200; step++) {
			List<String[]> stored = stored();
			int dice = random.nextInt(100);
			String did;
			if (dice < 50 || stored.isEmpty()) {
				Source s = pool.get(random.nextInt(pool.size()));
				did = "ingest " + s.name();
				if (upload(s, null)) {
					ingested++;
				}
				else {
					refused++;
				}
			}
			else if (dice < 75) {
				String[] victim = stored.get(random.nextInt(stored.size()));
				Source old = bySha.get(victim[1]);
				List<Source> variants = pool.stream().filter(s -> s.base() == old.base() && s != old).toList();
				Source s = variants.get(random.nextInt(variants.size()));
				did = "replace " + victim[0] + " by " + s.name();
				if (upload(s, victim[0])) {
					replaced++;
				}
				else {
					refused++;
				}
			}
			else {
				String[] victim = stored.get(random.nextInt(stored.size()));
				did = "delete " + victim[0];
				assertThat(this.ingest.delete(victim[0])).isNotNull();
				deleted++;
			}
			assertThat(violations()).as("after step %d (%s)", step, did).isEmpty();
		}
		assertThat(ingested).isGreaterThan(20);
		assertThat(replaced).isGreaterThan(10);
		assertThat(deleted).isGreaterThan(10);
		countsEqualLists();

		List<String> remaining = stored().stream().map(d -> d[1]).distinct().sorted().toList();
		List<String> after = dump();
		clean();
		this.seedLoader.load(List.of());
		for (String sha : remaining) {
			assertThat(upload(bySha.get(sha), null)).isTrue();
		}
		assertThat(dump()).as("%d documents left after %d ingests, %d replacements, %d deletions, %d refusals",
				remaining.size(), ingested, replaced, deleted, refused).isEqualTo(after);
	}

	@Test
	void deletingADocumentLeavesWhatIngestingTheOtherAloneGives() throws Exception {
		Path corpus = Path.of("seed-data/corpus");
		List<Source> sources = new ArrayList<>();
		try (Stream<Path> files = Files.list(corpus)) {
			for (Path f : files.sorted().toList()) {
				sources.addAll(slices(f.getFileName().toString(), Files.readAllBytes(f), null, 0));
			}
		}
		// two documents of one city that name parks, projects and chains in common (济南)
		Source a = sources.stream().filter(s -> s.title().contains("新旧动能转换重大工程实施规划")).findFirst().orElseThrow();
		Source b = sources.stream().filter(s -> s.title().contains("“十四五”绿色低碳循环发展规划")).findFirst().orElseThrow();
		clean();
		this.seedLoader.load(List.of());
		assertThat(upload(b, null)).isTrue();
		List<String> bAlone = dump();
		String idB = stored().get(0)[0];
		clean();
		this.seedLoader.load(List.of());
		assertThat(upload(a, null)).isTrue();
		assertThat(upload(b, null)).isTrue();
		assertThat(count("MATCH (p:Park)<-[:SUPPORTS]-(m:Measure) WITH p, collect(DISTINCT m.documentId) AS ds WHERE size(ds) > 1 RETURN count(p) AS c"))
			.as("parks both documents name").isPositive();
		String idA = stored().stream().filter(d -> !d[0].equals(idB)).findFirst().orElseThrow()[0];
		assertThat(this.ingest.delete(idA)).isNotNull();
		assertThat(violations()).isEmpty();
		assertThat(dump()).isEqualTo(bAlone);
	}

	/** Stored documents as {id, sha256 of their file}. */
	private List<String[]> stored() {
		try (var session = this.driver.session()) {
			return session.run("MATCH (d:Document) RETURN d.id AS id, d.sha256 AS sha ORDER BY id")
				.list(r -> new String[] { r.get("id").asString(), r.get("sha").asString() });
		}
	}

	/** {@return whether the upload wrote a document}; a refusal must leave the graph as it was */
	private boolean upload(Source s, String replace) {
		String before = size();
		try {
			var summary = this.ingest.ingest(s.name(), s.bytes(),
					IngestService.Options.upload(new IngestService.Metadata(null, s.place(), null, null), replace), line -> { });
			return !summary.created().isEmpty();
		}
		catch (IngestRefusedException ex) {
			assertThat(size()).as("a refused upload (%s) writes nothing", ex.getMessage()).isEqualTo(before);
			return false;
		}
	}

	private String size() {
		return count("MATCH (n) RETURN count(n) AS c") + " nodes, " + count("MATCH ()-[r]->() RETURN count(r) AS c") + " relationships";
	}

	/**
	 * The graph as sorted lines: every node but the bookkeeping of files and schema, with its labels and
	 * properties, and every relationship between them with its type, ends and properties. Timestamps and a
	 * document's record of what it replaced are left out: a clean ingest has no history.
	 */
	private List<String> dump() {
		Set<String> skip = Set.of("writtenAt", "ingestedAt", "supersedes", "supersededSha256", "supersededAt");
		List<String> lines = new ArrayList<>();
		try (var session = this.driver.session()) {
			session.run("""
					MATCH (n) WHERE NOT n:SourceFile AND NOT n:SchemaVersion
					RETURN labels(n) AS labels, n.id AS id, properties(n) AS props""").forEachRemaining(r -> {
				List<String> labels = new ArrayList<>(r.get("labels").asList(v -> v.asString()));
				labels.sort(null);
				lines.add("(" + String.join(":", labels) + " " + r.get("id").asString() + " " + props(r.get("props").asMap(), skip) + ")");
			});
			session.run("""
					MATCH (a)-[r]->(b) WHERE NOT a:SourceFile AND NOT a:SchemaVersion
					RETURN type(r) AS type, a.id AS a, b.id AS b, properties(r) AS props""").forEachRemaining(r -> lines.add(
					"[" + r.get("a").asString() + " -" + r.get("type").asString() + "-> " + r.get("b").asString() + " "
							+ props(r.get("props").asMap(), skip) + "]"));
		}
		lines.sort(null);
		return lines;
	}

	private static String props(Map<String, Object> props, Set<String> skip) {
		Map<String, Object> sorted = new TreeMap<>(props);
		sorted.keySet().removeAll(skip);
		StringBuilder sb = new StringBuilder("{");
		sorted.forEach((k, v) -> sb.append(k).append('=').append(v instanceof Object[] a ? Arrays.toString(a) : v).append(", "));
		return sb.append('}').toString();
	}

	/**
	 * A file to upload.
	 *
	 * @param base which original text it comes from (edited copies share it)
	 */
	record Source(String name, byte[] bytes, String title, String place, int base) {
	}

	/**
	 * Every document of the seed corpus cut out as a file of its own, the other-cities documents with a
	 * place given for them, and two edited copies of each: a line of the body left out, a responsibility
	 * annotation added to a line. Only texts that read as exactly one document are kept.
	 */
	private List<Source> pool(Random random) throws IOException {
		List<Source> bases = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("seed-data/corpus"))) {
			for (Path f : files.sorted().toList()) {
				bases.addAll(slices(f.getFileName().toString(), Files.readAllBytes(f), null, bases.size()));
			}
		}
		try (Stream<Path> files = Files.list(Path.of("src/test/resources/gold/other-cities"))) {
			int k = 0;
			for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
				byte[] bytes = Files.readAllBytes(f);
				String title = single(f.getFileName().toString(), bytes);
				if (title != null) {
					bases.add(new Source(f.getFileName().toString(), bytes, title, PLACES.get(k++ % PLACES.size()), bases.size()));
				}
			}
		}
		List<Source> pool = new ArrayList<>();
		for (int i = 0; i < bases.size(); i++) {
			Source s = new Source(bases.get(i).name(), bases.get(i).bytes(), bases.get(i).title(), bases.get(i).place(), i);
			pool.add(s);
			String[] lines = new String(s.bytes(), StandardCharsets.UTF_8).split("\n", -1);
			List<String> cut = new ArrayList<>(Arrays.asList(lines));
			int from = Math.max(lines.length / 2, 1);
			cut.remove(from + random.nextInt(Math.max(1, lines.length - from - 1)));
			List<String> annotated = new ArrayList<>(Arrays.asList(lines));
			int at = from + random.nextInt(Math.max(1, lines.length - from - 1));
			annotated.set(at, annotated.get(at) + "（责任单位：市财政局、市科技局）");
			for (List<String> edited : List.of(cut, annotated)) {
				byte[] bytes = String.join("\n", edited).getBytes(StandardCharsets.UTF_8);
				if (single(s.name(), bytes) != null) {
					pool.add(new Source(s.name().replace(".txt", "-edit" + pool.size() + ".txt"), bytes, s.title(), s.place(), i));
				}
			}
		}
		return pool.stream().filter(s -> pool.stream().filter(o -> o.base() == s.base()).count() > 1).toList();
	}

	/** The documents of a file, each cut out as a file of its own when it reads as one document. */
	private static List<Source> slices(String name, byte[] bytes, String place, int firstBase) {
		List<Source> out = new ArrayList<>();
		String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
		for (ExtractedDocument d : new PolicyExtractor().extract(name, bytes).documents()) {
			String text = String.join("\n", Arrays.asList(lines).subList(d.lineStart() - 1, Math.min(d.lineEnd(), lines.length)));
			byte[] slice = text.getBytes(StandardCharsets.UTF_8);
			String sliceName = name.replace(".txt", "-" + d.lineStart() + ".txt");
			if (single(sliceName, slice) != null) {
				out.add(new Source(sliceName, slice, d.title(), place, firstBase + out.size()));
			}
		}
		return out;
	}

	private static String single(String name, byte[] bytes) {
		List<ExtractedDocument> docs = new PolicyExtractor().extract(name, bytes).documents();
		return docs.size() == 1 && !docs.get(0).measures().isEmpty() ? docs.get(0).title() : null;
	}

	/** The digest {@link IngestService} keys files by. */

	// ---- counts against lists, through the API

	private JsonNode getJson(String path) throws Exception {
		var r = get(path);
		assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(200);
		return this.json.readTree(r.body());
	}

	private static String enc(String s) {
		return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	/** Distinct values of {@code field} over every page of a list endpoint, and the total it reports. */
	private Set<String> allPages(String path, String field, long[] total) throws Exception {
		Set<String> seen = new HashSet<>();
		List<String> listed = new ArrayList<>();
		for (int page = 0; ; page++) {
			JsonNode r = getJson(path + (path.contains("?") ? "&" : "?") + "size=200&page=" + page);
			total[0] = r.get("total").asLong();
			r.get("items").forEach(i -> listed.add(i.get(field).asString()));
			if (r.get("items").size() < 200) {
				break;
			}
		}
		seen.addAll(listed);
		assertThat(listed).as(path + " lists each once").hasSameSizeAs(seen);
		return seen;
	}

	private void countsEqualLists() throws Exception {
		long[] total = new long[1];
		assertThat(allPages("/api/documents", "id", total)).hasSize((int) total[0]);

		for (JsonNode c : getJson("/api/chains")) {
			JsonNode detail = getJson("/api/chains/" + enc(c.get("id").asString()) + "/responsibilities");
			Set<String> all = new HashSet<>();
			Map<String, Integer> perSegment = new LinkedHashMap<>();
			for (JsonNode s : detail.get("segments")) {
				Set<String> ms = new HashSet<>();
				s.get("measures").forEach(m -> ms.add(m.get("measure").asString()));
				assertThat(ms).as("measures under %s listed once each", s.get("id").asString()).hasSize(s.get("measures").size());
				perSegment.put(s.get("id").asString(), ms.size());
				all.addAll(ms);
			}
			assertThat(c.get("supportingMeasures").asInt()).as(c.get("id").asString()).isEqualTo(all.size());
			for (JsonNode s : c.get("segments")) {
				assertThat(s.get("measures").asInt()).as(s.get("id").asString()).isEqualTo(perSegment.get(s.get("id").asString()));
				JsonNode analysis = getJson("/api/impact/chain-segments/" + enc(s.get("id").asString()));
				assertThat(analysis.get("supportingMeasures").asInt()).as(s.get("id").asString()).isEqualTo(s.get("measures").asInt());
			}
		}

		List<String> busiest;
		try (var session = this.driver.session()) {
			busiest = session.run("""
					MATCH (a)-[:LEADS|RESPONSIBLE_FOR]->(m:Measure)
					WITH a, count(DISTINCT m) AS n ORDER BY n DESC, a.id LIMIT 8 RETURN a.id AS id""").list(r -> r.get("id").asString());
		}
		for (String id : busiest) {
			JsonNode profile = getJson("/api/agencies/" + enc(id));
			String base = "/api/agencies/" + enc(id) + "/responsibilities";
			assertThat(allPages(base + "?role=lead", "measure", total)).hasSize((int) total[0]);
			assertThat(total[0]).as(id + " lead").isEqualTo(profile.get("measures").get("lead").asLong());
			assertThat(allPages(base + "?role=responsible&inherited=false", "measure", total)).hasSize((int) total[0]);
			assertThat(total[0]).as(id + " responsible").isEqualTo(profile.get("measures").get("responsible").asLong());
			Set<String> any = allPages(base, "measure", total);
			assertThat(any).hasSize((int) total[0]);

			var r = this.http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + this.port
					+ "/api/impact/agency-change"))
				.header("Content-Type", "application/json")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"agency\": \"" + id + "\", \"change\": \"remove\"}"))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
			JsonNode impact = this.json.readTree(r.body());
			Set<String> listed = new HashSet<>();
			for (String group : List.of("leftWithoutAnyLead", "leftWithoutAnyResponsibleBody", "shared", "inheritedOnly")) {
				impact.get(group).forEach(doc -> doc.get("sections").forEach(sec -> sec.forEach(m -> listed.add(m.get("measure").asString()))));
			}
			assertThat(impact.get("measuresAffected").asInt()).as(id + " impact").isEqualTo(listed.size()).isEqualTo(any.size());
		}
	}

}
