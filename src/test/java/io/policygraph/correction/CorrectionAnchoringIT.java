package io.policygraph.correction;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.policygraph.load.IngestService;
import io.policygraph.support.EmbeddedGraphTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A correction made on one measure, then the document ingested again as it was, as an edited copy with
 * lines inserted above the measure, and replaced by a different text: applied, applied at the moved lines
 * (to the right one of two measures with the same text), stale. And corrections that cannot be made change
 * nothing.
 */
class CorrectionAnchoringIT extends EmbeddedGraphTest {

	static final String PLAN = """
			沧州市测试若干措施
			一、任务
			1.推进测试。（责任单位：市财政局、市发展改革委）
			2.建设测试园区。（牵头单位：市海洋渔业智慧局；责任单位：市财政局）
			3.推进测试。（责任单位：市财政局、市发展改革委）
			""";

	/** The same plan with two lines inserted above its measures. */
	static final String EDITED = PLAN.replace("一、任务\n", "（2025年3月1日）\n为做好测试工作，特制定本措施。\n一、任务\n");

	/** Another text under the same title: the corrected measure is gone. */
	static final String OTHER = """
			沧州市测试若干措施
			一、任务
			1.完善其他工作。（责任单位：市财政局）
			""";

	private final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private IngestService ingest;

	@BeforeEach
	void referenceDataOnly() {
		clean();
		this.seedLoader.load(List.of());
	}

	@Test
	void aCorrectionFollowsItsMeasureThroughReingestsAndTurnsStaleWhenTheTextIsGone() throws Exception {
		String doc = upload("name=plan.txt", PLAN).get("created").get(0).get("id").asString();
		String pristine = facts();
		String finance = value("MATCH (a)-[r:RESPONSIBLE_FOR]->(m) WHERE r.surface = '市财政局' RETURN DISTINCT a.id");
		String third = value("MATCH (m:Measure {documentId: '" + doc + "'}) WHERE m.lineStart = 5 RETURN m.id");

		JsonNode made = post("/api/corrections", """
				{"kind": "fact.role", "measure": "%s", "body": "%s", "role": "lead", "why": "the unit names 市财政局 first; the office leads it"}"""
			.formatted(third, finance), API_KEY);
		assertThat(made.get("status").asString()).isEqualTo("active");
		assertThat(made.get("author").asString()).isEqualTo(ApiKeys.SINGLE_KEY_NAME);
		String cid = made.get("id").asString();
		assertThat(leadsOf(finance)).containsExactly("5|" + cid);
		assertThat(json(get("/api/measures/" + enc(third)).body()).toString()).contains(finance);

		// the same file again, written anew (ingest --force): the correction is applied again
		this.ingest.ingest("plan.txt", PLAN.getBytes(StandardCharsets.UTF_8), IngestService.Options.COMMAND.rewriting(), line -> { });
		assertThat(leadsOf(finance)).containsExactly("5|" + cid);
		assertThat(correction(cid).get("status").asString()).isEqualTo("active");

		// an edited copy with two lines inserted above: the same text at lines 7 and 3; the nearer to line 5 is 7
		JsonNode replaced = upload("name=plan.txt&replace=" + enc(doc), EDITED);
		String edited = replaced.get("created").get(0).get("id").asString();
		assertThat(edited).isNotEqualTo(doc);
		assertThat(leadsOf(finance)).containsExactly("7|" + cid);
		JsonNode moved = correction(cid);
		assertThat(moved.get("status").asString()).isEqualTo("active");
		assertThat(moved.get("anchor").get("document").asString()).isEqualTo(edited);
		assertThat(moved.get("anchor").get("lineStart").asInt()).isEqualTo(7);

		// a different text replaces it: nothing to anchor to, so the correction is stale, listed, and applied nowhere
		upload("name=plan.txt&replace=" + enc(edited), OTHER);
		assertThat(leadsOf(finance)).isEmpty();
		JsonNode stale = correction(cid);
		assertThat(stale.get("status").asString()).isEqualTo("stale");
		assertThat(stale.get("staleReason").asString()).contains("no measure of document");
		JsonNode queue = json(get("/api/review?kind=stale-correction").body());
		assertThat(queue.get("counts").get("stale-correction").asInt()).isEqualTo(1);
		assertThat(queue.get("items").get(0).get("id").asString()).isEqualTo(cid);
		assertThat(queue.get("items").get(0).get("actions").get(0).get("method").asString()).isEqualTo("DELETE");
		assertThat(json(get("/api/corrections?status=stale").body()).size()).isEqualTo(1);

		// the original text back (same bytes, same document id): the correction finds its measure again
		this.ingest.ingest("plan.txt", PLAN.getBytes(StandardCharsets.UTF_8), IngestService.Options.upload(IngestService.Metadata.NONE,
				value("MATCH (d:Document) RETURN d.id")), line -> { });
		assertThat(leadsOf(finance)).containsExactly("5|" + cid);
		assertThat(correction(cid).get("status").asString()).isEqualTo("active");

		// withdrawn: the graph is the extraction again, and the queue has nothing stale
		JsonNode withdrawn = delete("/api/corrections/" + cid, API_KEY);
		assertThat(withdrawn.get("status").asString()).isEqualTo("withdrawn");
		assertThat(facts()).isEqualTo(pristine);
		assertThat(json(get("/api/review").body()).get("counts").get("stale-correction").asInt()).isZero();
	}

	@Test
	void badCorrectionsAreRefusedAndChangeNothing() throws Exception {
		String doc = upload("name=plan.txt", PLAN).get("created").get(0).get("id").asString();
		String measure = value("MATCH (m:Measure {documentId: '" + doc + "'}) WHERE m.lineStart = 4 RETURN m.id");
		String finance = value("MATCH (a)-[r:RESPONSIBLE_FOR]->(m) WHERE r.surface = '市财政局' RETURN DISTINCT a.id");
		String reform = value("MATCH (a)-[r:RESPONSIBLE_FOR]->(m) WHERE r.surface = '市发展改革委' RETURN DISTINCT a.id");
		String before = facts();
		record Bad(String body, int status, String parameter) {
		}
		List<Bad> bad = List.of(
				new Bad("{\"kind\": \"fact.add\", \"measure\": \"doc-000000000000-m1\", \"body\": \"%s\", \"role\": \"lead\", \"why\": \"x\"}"
					.formatted(finance), 404, "measure"),
				new Bad("{\"kind\": \"fact.add\", \"measure\": \"%s\", \"body\": \"cangzhou:火星局\", \"role\": \"lead\", \"why\": \"x\"}"
					.formatted(measure), 404, "body"),
				new Bad("{\"kind\": \"fact.add\", \"measure\": \"%s\", \"body\": \"%s\", \"role\": \"协办\", \"why\": \"x\"}".formatted(measure,
						reform), 400, "role"),
				new Bad("{\"kind\": \"fact.add\", \"measure\": \"%s\", \"body\": \"%s\", \"role\": \"lead\"}".formatted(measure, reform), 400,
						"why"),
				new Bad("{\"kind\": \"fact.remove\", \"measure\": \"%s\", \"body\": \"%s\", \"why\": \"x\"}".formatted(measure, reform), 409,
						"body"),
				new Bad("{\"kind\": \"agency.merge\", \"body\": \"%s\", \"into\": \"%s\", \"date\": \"2025-01-01\", \"why\": \"x\"}"
					.formatted(finance, finance), 400, "into"),
				new Bad("{\"kind\": \"agency.merge\", \"body\": \"%s\", \"into\": \"jinan:财政局\", \"date\": \"2025-01-01\", \"why\": \"x\"}"
					.formatted(finance), 400, "crossJurisdiction"),
				new Bad("{\"kind\": \"name.alias\", \"surface\": \"市海洋渔业智慧局\", \"jurisdiction\": \"cangzhou\", \"into\": \"jinan:财政局\", \"why\": \"x\"}",
						400, "crossJurisdiction"),
				new Bad("{\"kind\": \"rename\", \"why\": \"x\"}", 400, "kind"));
		for (Bad b : bad) {
			HttpResponse<String> answer = send("POST", "/api/corrections", b.body(), API_KEY);
			assertThat(answer.statusCode()).as(b.body() + " -> " + answer.body()).isEqualTo(b.status());
			assertThat(answer.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
			assertThat(json(answer.body()).get("parameter").asString()).as(b.body()).isEqualTo(b.parameter());
		}
		String good = "{\"kind\": \"measure.confirm\", \"measure\": \"%s\", \"why\": \"read right\"}".formatted(measure);
		assertThat(send("POST", "/api/corrections", good, null).statusCode()).isEqualTo(401);
		assertThat(send("POST", "/api/corrections", good, "wrong").statusCode()).isEqualTo(401);
		assertThat(count("MATCH (c:Correction) RETURN count(c)")).isZero();
		assertThat(facts()).isEqualTo(before);
	}

	@Test
	void everyKindIsWithdrawnToTheExtractionAndAnExportLoadsIntoAFreshDatabaseAsTheSameGraph() throws Exception {
		String doc = upload("name=plan.txt", PLAN).get("created").get(0).get("id").asString();
		String pristine = facts();
		String finance = value("MATCH (a)-[r:RESPONSIBLE_FOR]->(m) WHERE r.surface = '市财政局' RETURN DISTINCT a.id");
		String reform = value("MATCH (a)-[r:RESPONSIBLE_FOR]->(m) WHERE r.surface = '市发展改革委' RETURN DISTINCT a.id");
		String first = value("MATCH (m:Measure {documentId: '" + doc + "'}) WHERE m.lineStart = 3 RETURN m.id");
		String second = value("MATCH (m:Measure {documentId: '" + doc + "'}) WHERE m.lineStart = 4 RETURN m.id");
		String third = value("MATCH (m:Measure {documentId: '" + doc + "'}) WHERE m.lineStart = 5 RETURN m.id");
		List<String> made = new java.util.ArrayList<>();
		for (String c : List.of(
				"{\"kind\": \"name.other-kind\", \"surface\": \"市海洋渔业智慧局\", \"jurisdiction\": \"cangzhou\", \"organisationKind\": \"企业\", \"why\": \"a company\"}",
				"{\"kind\": \"fact.add\", \"measure\": \"%s\", \"body\": \"%s\", \"role\": \"lead\", \"why\": \"missed\"}".formatted(first, reform),
				"{\"kind\": \"fact.remove\", \"measure\": \"%s\", \"body\": \"%s\", \"why\": \"not meant\"}".formatted(second, finance),
				"{\"kind\": \"measure.not-a-measure\", \"measure\": \"%s\", \"why\": \"a repeated line\"}".formatted(third),
				"{\"kind\": \"measure.confirm\", \"measure\": \"%s\", \"why\": \"read right\"}".formatted(second),
				"{\"kind\": \"agency.merge\", \"body\": \"%s\", \"into\": \"%s\", \"date\": \"2020-01-01\", \"why\": \"机构改革\"}"
					.formatted(finance, reform))) {
			made.add(post("/api/corrections", c, API_KEY).get("id").asString());
		}
		String corrected = facts();
		assertThat(corrected).isNotEqualTo(pristine);
		assertThat(count("MATCH (m:Measure {id: '" + third + "'}) RETURN count(m)")).isZero();
		assertThat(count("MATCH (o:Organisation {kind: '企业'})-[:LEADS]->(:Measure {id: '" + second + "'}) RETURN count(o)")).isEqualTo(1);
		assertThat(count("MATCH ({id: '" + finance + "'})-[r:LEADS|RESPONSIBLE_FOR]->() RETURN count(r)")).isZero();
		assertThat(count("MATCH ({id: '" + reform + "'})-[r:LEADS]->(:Measure {id: '" + first + "'}) RETURN count(r)")).isEqualTo(1);
		assertThat(json(get("/api/corrections?target=" + enc(reform)).body()).size()).isEqualTo(2);
		assertThat(json(get("/api/corrections?by=nobody").body()).size()).isZero();
		CorrectionsSeedIT.assertInvariants(this.driver);
		String exported = get("/api/corrections/export").body();

		// withdrawn one by one, newest first: the graph is the extraction again
		for (String id : made.reversed()) {
			delete("/api/corrections/" + id, API_KEY);
		}
		assertThat(facts()).isEqualTo(pristine);

		// a fresh database, the same document, the exported file: the same corrected graph
		clean();
		this.seedLoader.load(List.of());
		upload("name=plan.txt", PLAN);
		assertThat(facts()).isEqualTo(pristine);
		JsonNode imported = post("/api/corrections/import", exported, API_KEY);
		assertThat(imported.get("imported").size()).isEqualTo(made.size());
		assertThat(facts()).isEqualTo(corrected);
		assertThat(post("/api/corrections/import", exported, API_KEY).get("skipped").size()).isEqualTo(made.size());
		assertThat(facts()).isEqualTo(corrected);
		CorrectionsSeedIT.assertInvariants(this.driver);
	}

	/** Every responsibility fact with its properties and every unit's state, one sorted line each. */
	String facts() {
		return dump(this.driver);
	}

	static String dump(org.neo4j.driver.Driver driver) {
		try (var session = driver.session()) {
			return String.join("\n", session.run("""
					CALL () {
					  MATCH (a)-[r:LEADS|RESPONSIBLE_FOR]->(m)
					  RETURN a.id + ' ' + type(r) + ' ' + m.id AS key, properties(r) AS props
					  UNION ALL
					  MATCH (m) WHERE m:Measure OR m:ExcludedUnit
					  RETURN m.id AS key, {labels: labels(m), hasLead: m.hasLead, correctedBy: m.correctedBy, reviewed: m.reviewed} AS props
					  UNION ALL
					  MATCH (a) WHERE a:Agency OR a:AgencyGroup OR a:Organisation
					  RETURN a.id AS key, {labels: labels(a), provisional: a.provisional, kind: a.kind} AS props
					}
					RETURN key, props""").list(r -> r.get("key").asString() + " " + new java.util.TreeMap<>(r.get("props").asMap()))
				.stream().sorted().toList());
		}
	}

	private List<String> leadsOf(String body) {
		try (var session = this.driver.session()) {
			return session.run("""
					MATCH (a {id: $body})-[r:LEADS]->(m:Measure)
					RETURN m.lineStart + '|' + reduce(s = '', c IN coalesce(r.correctedBy, []) | s + c) AS x ORDER BY x""",
					java.util.Map.of("body", body)).list(r -> r.get("x").asString());
		}
	}

	private String value(String cypher) {
		try (var session = this.driver.session()) {
			return session.run(cypher).single().get(0).asString();
		}
	}

	private JsonNode correction(String id) throws Exception {
		return json(get("/api/corrections/" + id).body());
	}

	private JsonNode upload(String query, String text) throws Exception {
		HttpResponse<String> r = this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/documents?" + query))
			.header("Content-Type", "text/plain; charset=utf-8").header("X-API-Key", API_KEY)
			.POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
		return json(r.body());
	}

	private JsonNode post(String path, String body, String key) throws Exception {
		HttpResponse<String> r = send("POST", path, body, key);
		assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
		return json(r.body());
	}

	private JsonNode delete(String path, String key) throws Exception {
		HttpResponse<String> r = send("DELETE", path, null, key);
		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
		return json(r.body());
	}

	HttpResponse<String> send(String method, String path, String body, String key) throws Exception {
		return LocalHttp.send(this.http, this.port, method, path, body, key);
	}

	private JsonNode json(String body) {
		return this.json.readTree(body);
	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
