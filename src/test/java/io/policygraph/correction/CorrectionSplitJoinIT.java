package io.policygraph.correction;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.policygraph.load.IngestService;
import io.policygraph.support.EmbeddedGraphTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit split in three, two units joined and a body split in two, on one document; then the same file ingested
 * again, an edited copy with lines inserted above, every correction withdrawn, and the exported set loaded into a
 * fresh store. And splits and joins that cannot be made change nothing.
 */
class CorrectionSplitJoinIT extends EmbeddedGraphTest {

	/**
	 * Unit 1 (一/1) wraps over lines 3–4, line 4 starting at 加快; units 2, 3 and 4 share item 一/2 on line 5; unit 5
	 * is 二/1 on line 7.
	 */
	static final String PLAN = """
			沧州市测试拆分若干措施
			一、任务
			1.推进测试工作，完善配套制度，
			加快建设测试园区。（责任单位：市财政局、市发展改革委）
			2.建设测试园区。（牵头单位：市财政局）完善测试制度。（责任单位：市发展改革委）健全测试机制。（责任单位：市财政局）
			二、保障
			1.加强组织领导。（责任单位：市财政局）
			""";

	static final String EDITED = PLAN.replace("一、任务\n", "（2025年3月1日）\n为做好测试工作，特制定本措施。\n一、任务\n");

	/** The edited copy's lines above, read as a unit with no body (at lines 2–3, so 0–1 when shifted back). */
	static final String PREAMBLE = "（2025年3月1日）为做好测试工作，特制定本措施。 0-1 [] []\n";

	private final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private IngestService ingest;

	private String finance;

	private String reform;

	@BeforeEach
	void referenceDataOnly() {
		clean();
		this.seedLoader.load(List.of());
	}

	@Test
	void splitsAndJoinsFollowTheirUnitsThroughReingestsWithdrawToTheExtractionAndMoveAsAFile() throws Exception {
		String doc = upload("name=plan.txt", PLAN);
		this.finance = value("MATCH (a)-[r:LEADS]->(m) WHERE r.surface = '市财政局' RETURN DISTINCT a.id");
		this.reform = value("MATCH (a)-[r:RESPONSIBLE_FOR]->(m) WHERE r.surface = '市发展改革委' RETURN DISTINCT a.id");
		String pristine = units(doc, 0);
		assertThat(pristine).isEqualTo(String.join("\n",
				"1.推进测试工作，完善配套制度，加快建设测试园区。 3-4 [%2$s RESPONSIBLE_FOR, %1$s RESPONSIBLE_FOR] []",
				"2.建设测试园区。 5-5 [%1$s LEADS] []", "完善测试制度。 5-5 [%2$s RESPONSIBLE_FOR] []",
				"健全测试机制。 5-5 [%1$s RESPONSIBLE_FOR] []", "1.加强组织领导。 7-7 [%1$s RESPONSIBLE_FOR] []")
			.formatted(this.finance, this.reform));
		String first = measure(doc, "1.推进测试工作");

		// unit 1 in three: the first part led by 市财政局 (given), the others with the unit's bodies
		String split = post("""
				{"kind": "measure.split", "measure": "%s", "splitBefore": ["完善配套制度", "加快"],
				 "parts": [{"bodies": [{"body": "%s", "role": "lead"}]}, {}, {"bodies": null}],
				 "why": "three tasks in one sentence"}""".formatted(first, this.finance)).get("id").asString();
		// units 2 and 3 as one: 建设测试园区 and its rules are one task
		String join = post("""
				{"kind": "measure.join", "measures": ["%s", "%s"], "why": "one task, two annotations"}"""
			.formatted(measure(doc, "完善测试制度"), measure(doc, "2.建设测试园区"))).get("id").asString();
		// 市财政局 in 二/1 is the finance office's testing branch, a body of its own
		String agency = post("""
				{"kind": "agency.split", "body": "%s", "surfaces": ["市财政局"], "documents": ["%s"], "name": "财政局测试分局", "why": "x"}"""
			.formatted(this.finance, doc)).get("id").asString();

		String corrected = units(doc, 0);
		String branch = this.finance.substring(0, this.finance.indexOf(':')) + ":财政局测试分局";
		assertThat(corrected).isEqualTo(String.join("\n",
				"1.推进测试工作， 3-3 [%3$s LEADS] [%4$s, %6$s]",
				"完善配套制度， 3-3 [%2$s RESPONSIBLE_FOR, %3$s RESPONSIBLE_FOR] [%4$s, %6$s]",
				"加快建设测试园区。 4-4 [%2$s RESPONSIBLE_FOR, %3$s RESPONSIBLE_FOR] [%4$s, %6$s]",
				"2.建设测试园区。完善测试制度。 5-5 [%2$s RESPONSIBLE_FOR, %3$s LEADS] [%5$s, %6$s]",
				"健全测试机制。 5-5 [%3$s RESPONSIBLE_FOR] [%6$s]", "1.加强组织领导。 7-7 [%3$s RESPONSIBLE_FOR] [%6$s]")
			.formatted(this.finance, this.reform, branch, split, join, agency));
		assertThat(value("MATCH (m:Measure) WHERE m.text = '完善配套制度，' RETURN m.id")).isEqualTo(first + "-p2");
		JsonNode part = json(get("/api/measures/" + CorrectionAnchoringIT.enc(first + "-p1")).body());
		assertThat(part.get("lead").get(0).get("correctedBy").toString()).contains(split);
		assertThat(count("MATCH (x:ExcludedUnit) RETURN count(x)")).isEqualTo(3);
		CorrectionsSeedIT.assertInvariants(this.driver);
		String graph = CorrectionAnchoringIT.dump(this.driver);

		// the same file written again: the same parts, the same ids
		this.ingest.ingest("plan.txt", PLAN.getBytes(StandardCharsets.UTF_8), IngestService.Options.COMMAND.rewriting(), line -> { });
		assertThat(CorrectionAnchoringIT.dump(this.driver)).isEqualTo(graph);
		assertThat(statuses()).containsOnly("active");

		// an edited copy, two lines above: every correction found its units two lines down
		String edited = uploadReplacing(doc, EDITED);
		assertThat(units(edited, -2)).isEqualTo(PREAMBLE + corrected);
		assertThat(statuses()).containsOnly("active");
		JsonNode moved = json(get("/api/corrections/" + join).body());
		assertThat(moved.get("units").findValuesAsString("document")).containsOnly(edited);
		assertThat(moved.get("units").findValues("lineStart").stream().map(JsonNode::asInt)).containsOnly(7);
		assertThat(json(get("/api/corrections/" + agency).body()).get("documents").toString()).isEqualTo("[\"" + edited + "\"]");
		assertThat(value("MATCH (m:Measure) WHERE m.text = '完善配套制度，' RETURN m.id")).isEqualTo(
				value("MATCH (x:ExcludedUnit {documentId: '" + edited + "'}) WHERE x.text STARTS WITH '1.推进' RETURN x.id") + "-p2");
		CorrectionsSeedIT.assertInvariants(this.driver);
		String editedGraph = CorrectionAnchoringIT.dump(this.driver);
		String exported = get("/api/corrections/export").body();

		// withdrawn, newest first: the edited copy's extraction
		for (String id : List.of(agency, join, split)) {
			assertThat(json(send("DELETE", "/api/corrections/" + id, null, API_KEY).body()).get("status").asString()).isEqualTo("withdrawn");
		}
		assertThat(units(edited, -2)).isEqualTo(PREAMBLE + pristine);
		assertThat(count("MATCH (x:ExcludedUnit) RETURN count(x)")).isZero();
		assertThat(count("MATCH (a:Agency {id: '" + branch + "'}) RETURN count(a)")).isZero();
		CorrectionsSeedIT.assertInvariants(this.driver);

		// a fresh store, the edited copy, the exported file: the same graph
		clean();
		this.seedLoader.load(List.of());
		upload("name=plan.txt", EDITED);
		assertThat(post("/api/corrections/import", exported).get("imported").size()).isEqualTo(3);
		assertThat(CorrectionAnchoringIT.dump(this.driver)).isEqualTo(editedGraph);
		assertThat(statuses()).containsOnly("active");
	}

	@Test
	void splitsJoinsAndAgencySplitsThatCannotBeMadeAreRefusedAndChangeNothing() throws Exception {
		String doc = upload("name=plan.txt", PLAN);
		String other = upload("name=other.txt", CorrectionAnchoringIT.PLAN);
		this.finance = value("MATCH (a)-[r:LEADS]->(m) WHERE r.surface = '市财政局' RETURN DISTINCT a.id");
		this.reform = value("MATCH (a)-[r:RESPONSIBLE_FOR]->(m) WHERE r.surface = '市发展改革委' RETURN DISTINCT a.id");
		String first = measure(doc, "1.推进测试工作");
		String second = measure(doc, "2.建设测试园区");
		String fourth = measure(doc, "健全测试机制");
		String elsewhere = value("MATCH (m:Measure {documentId: '" + other + "'}) RETURN m.id ORDER BY m.ordinal LIMIT 1");
		String before = CorrectionAnchoringIT.dump(this.driver);
		record Bad(String body, int status, String parameter) {
		}
		String split = "{\"kind\": \"measure.split\", \"measure\": \"" + first + "\", \"why\": \"x\", ";
		String join = "{\"kind\": \"measure.join\", \"why\": \"x\", \"measures\": ";
		String agency = "{\"kind\": \"agency.split\", \"why\": \"x\", \"body\": \"" + this.finance + "\", ";
		List<Bad> bad = List.of(new Bad(split + "\"splitAt\": [200]}", 400, "splitAt"), new Bad(split + "\"splitAt\": [0]}", 400, "splitAt"),
				new Bad(split + "\"splitAt\": [9, 4]}", 400, "splitAt"), new Bad(split + "\"splitAt\": []}", 400, "splitAt"),
				new Bad("{\"kind\": \"measure.split\", \"measure\": \"" + first + "\", \"why\": \"x\"}", 400, "splitAt"),
				new Bad(split + "\"splitAt\": [4], \"splitBefore\": [\"完善\"]}", 400, "splitAt"),
				new Bad(split + "\"splitBefore\": [\"统筹推进\"]}", 400, "splitBefore"),
				new Bad(split + "\"splitAt\": [4], \"parts\": [{}]}", 400, "parts"),
				new Bad(split + "\"splitAt\": [4], \"parts\": [{}, {\"bodies\": [{\"body\": \"cangzhou:火星局\", \"role\": \"lead\"}]}]}", 404,
						"parts"),
				new Bad(split + "\"splitAt\": [4], \"parts\": [{}, {\"bodies\": [{\"body\": \"" + this.finance + "\", \"role\": \"协办\"}]}]}",
						400, "parts"),
				new Bad(join + "[\"" + second + "\"]}", 400, "measures"),
				new Bad(join + "[\"" + second + "\", \"" + second + "\"]}", 400, "measures"),
				new Bad(join + "[\"" + second + "\", \"" + fourth + "\"]}", 400, "measures"),
				new Bad(join + "[\"" + first + "\", \"" + second + "\"]}", 400, "measures"),
				new Bad(join + "[\"" + second + "\", \"" + elsewhere + "\"]}", 400, "measures"),
				new Bad(join + "[\"" + second + "\", \"doc-000000000000-m9\"]}", 404, "measure"),
				new Bad(agency + "\"surfaces\": [\"市财政局\"], \"into\": \"" + this.finance + "\"}", 400, "into"),
				new Bad(agency + "\"surfaces\": [\"市财政局\"], \"name\": \"" + this.finance.substring(this.finance.indexOf(':') + 1) + "\"}",
						400, "name"),
				new Bad(agency + "\"name\": \"财政局测试分局\"}", 400, "surfaces"),
				new Bad(agency + "\"surfaces\": [\"市财政局\"]}", 400, "into"),
				new Bad(agency + "\"surfaces\": [\"市财政局\"], \"into\": \"" + this.reform + "\", \"name\": \"分局\"}", 400, "into"),
				new Bad(agency + "\"surfaces\": [\"财政部门\"], \"name\": \"财政局测试分局\"}", 409, "surfaces"),
				new Bad(agency + "\"documents\": [\"doc-000000000000\"], \"name\": \"财政局测试分局\"}", 404, "documents"),
				new Bad(agency + "\"surfaces\": [\"市财政局\"], \"name\": \"" + this.reform.substring(this.reform.indexOf(':') + 1) + "\"}",
						409, "name"),
				new Bad(agency.replace(this.finance, "cangzhou:火星局") + "\"surfaces\": [\"市财政局\"], \"name\": \"分局\"}", 404, "body"));
		for (Bad b : bad) {
			HttpResponse<String> answer = send("POST", "/api/corrections", b.body(), API_KEY);
			assertThat(answer.statusCode()).as(b.body() + " -> " + answer.body()).isEqualTo(b.status());
			assertThat(answer.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
			assertThat(json(answer.body()).get("parameter").asString()).as(b.body()).isEqualTo(b.parameter());
		}
		assertThat(count("MATCH (c:Correction) RETURN count(c)")).isZero();
		assertThat(CorrectionAnchoringIT.dump(this.driver)).isEqualTo(before);

		// a split unit is set aside: it is corrected through its parts
		post(split + "\"splitAt\": [8]}");
		HttpResponse<String> again = send("POST", "/api/corrections", split + "\"splitAt\": [4]}", API_KEY);
		assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
		HttpResponse<String> ofPart = send("POST", "/api/corrections",
				split.replace(first, first + "-p1") + "\"splitAt\": [4]}", API_KEY);
		assertThat(ofPart.statusCode()).as(ofPart.body()).isEqualTo(409);
		assertThat(count("MATCH (c:Correction) RETURN count(c)")).isEqualTo(1);
	}

	/**
	 * The document's measures in order: text, lines (shifted by {@code shift}), bodies with their type, the
	 * corrections that shaped the measure.
	 */
	private String units(String doc, int shift) {
		try (var session = this.driver.session()) {
			return String.join("\n", session.run("""
					MATCH (m:Measure {documentId: $doc})
					RETURN m.text + ' ' + (m.lineStart + $shift) + '-' + (m.lineEnd + $shift) AS unit,
					       COLLECT { MATCH (m)<-[r:LEADS|RESPONSIBLE_FOR]-(a) RETURN a.id + ' ' + type(r) AS f ORDER BY f } AS facts,
					       coalesce(m.correctedBy, []) AS correctedBy
					ORDER BY m.lineStart, m.ordinal, coalesce(m.part, 0)""", Map.of("doc", doc, "shift", shift))
				.list(r -> r.get("unit").asString() + " " + r.get("facts").asList(org.neo4j.driver.Value::asString) + " "
						+ r.get("correctedBy").asList(org.neo4j.driver.Value::asString)));
		}
	}

	private List<String> statuses() throws Exception {
		List<String> out = new ArrayList<>();
		for (JsonNode c : json(get("/api/corrections").body())) {
			out.add(c.get("status").asString());
		}
		return out;
	}

	private String measure(String doc, String start) {
		return value("MATCH (m:Measure {documentId: '" + doc + "'}) WHERE m.text STARTS WITH '" + start + "' RETURN m.id");
	}

	private String value(String cypher) {
		try (var session = this.driver.session()) {
			return session.run(cypher).single().get(0).asString();
		}
	}

	private String upload(String query, String text) throws Exception {
		return uploadAnswer(query, text).get("created").get(0).get("id").asString();
	}

	private String uploadReplacing(String doc, String text) throws Exception {
		return uploadAnswer("name=plan.txt&replace=" + CorrectionAnchoringIT.enc(doc), text).get("created").get(0).get("id").asString();
	}

	private JsonNode uploadAnswer(String query, String text) throws Exception {
		HttpResponse<String> r = this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/documents?" + query))
			.header("Content-Type", "text/plain; charset=utf-8").header("X-API-Key", API_KEY)
			.POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
		return json(r.body());
	}

	private JsonNode post(String body) throws Exception {
		return post("/api/corrections", body);
	}

	private JsonNode post(String path, String body) throws Exception {
		HttpResponse<String> r = send("POST", path, body, API_KEY);
		assertThat(r.statusCode()).as(body + " -> " + r.body()).isBetween(200, 201);
		return json(r.body());
	}

	private HttpResponse<String> send(String method, String path, String body, String key) throws Exception {
		return LocalHttp.send(this.http, this.port, method, path, body, key);
	}

	private JsonNode json(String body) {
		return this.json.readTree(body);
	}

}
