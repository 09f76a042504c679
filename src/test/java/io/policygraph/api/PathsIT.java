package io.policygraph.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.policygraph.graph.Vocabulary;
import io.policygraph.support.EmbeddedGraphTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/paths} between nodes of every kind, compared with a hand-written shortest-path query on
 * the seed graph. The anchors sit around one measure of the Jinan 无废城市 plan (000 line 741: 奥克斯奶牛扩繁基地,
 * led by 市农业农村局, supporting the utilisation segment of the solid-waste chain, with a target), plus a
 * Cangzhou organisation far from it.
 */
class PathsIT extends EmbeddedGraphTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void seed() throws Exception {
		seedGraph();
	}

	/** One node of each kind, found by Cypher so that the test does not depend on generated ids. */
	private Map<String, String> anchors() {
		try (var session = this.driver.session()) {
			var r = session.run("""
					MATCH (m:Measure {sourceFile: '000_06e836f55181acee.txt', lineEnd: 741})<-[:LEADS]-(a:Agency {id: 'jinan:农业农村局'})
					MATCH (m)<-[:HAS_MEASURE]-(s:Section), (d:Document {id: m.documentId})
					MATCH (m)-[:HAS_TARGET]->(t:Target)
					MATCH (m)-[:SUPPORTS]->(g:ChainSegment)-[:SEGMENT_OF]->(c:Chain)
					MATCH (k:Park)<-[:SUPPORTS]-(:Measure {documentId: d.id}) WHERE NOT EXISTS { MATCH (:Project {id: k.id}) }
					MATCH (x:Project)<-[:SUPPORTS]-(:Measure {documentId: d.id}) WHERE NOT EXISTS { MATCH (:Park {id: x.id}) }
					RETURN a.id AS Agency, m.id AS Measure, s.id AS Section, d.id AS Document, t.id AS Target, g.id AS ChainSegment,
					       c.id AS Chain, min(k.id) AS Park, min(x.id) AS Project LIMIT 1""").single();
			Map<String, String> out = new LinkedHashMap<>();
			r.keys().forEach(k -> out.put(k, r.get(k).asString()));
			out.put("AgencyGroup", "jinan:各区县政府");
			out.put("Place", "jinan");
			out.put("Organisation", "cangzhou:市交发集团");
			return out;
		}
	}

	@TestFactory
	List<DynamicTest> everyPairOfKinds() {
		Map<String, String> anchors = anchors();
		assertThat(anchors.keySet()).containsExactlyInAnyOrderElementsOf(Vocabulary.KINDS);
		List<String> kinds = new ArrayList<>(anchors.keySet());
		List<DynamicTest> tests = new ArrayList<>();
		for (int i = 0; i < kinds.size(); i++) {
			for (int j = i + 1; j < kinds.size(); j++) {
				String from = kinds.get(i);
				String to = kinds.get(j);
				tests.add(DynamicTest.dynamicTest(from + " - " + to, () -> samePathAsCypher(anchors.get(from), from, anchors.get(to), to)));
			}
		}
		return tests;
	}

	private void samePathAsCypher(String from, String fromKind, String to, String toKind) throws Exception {
		Long expected;
		try (var session = this.driver.session()) {
			var rows = session.run("""
					MATCH (a:%s {id: $from}), (b:%s {id: $to})
					MATCH p = shortestPath((a)-[:%s*..8]-(b))
					RETURN length(p) AS hops""".formatted(fromKind, toKind, SearchController.PATH_TYPES),
					Map.of("from", from, "to", to)).list();
			expected = rows.isEmpty() ? null : rows.get(0).get("hops").asLong();
		}
		JsonNode answer = getJson("/api/paths?from=" + enc(from) + "&to=" + enc(to) + "&maxHops=8");
		assertThat(answer.get("from").get("type").asString()).isEqualTo(fromKind);
		assertThat(answer.get("to").get("type").asString()).isEqualTo(toKind);
		if (expected == null) {
			assertThat(answer.get("found").asBoolean()).isFalse();
			assertThat(answer.get("note").asString()).contains("no connection of at most 8");
			return;
		}
		assertThat(answer.get("found").asBoolean()).isTrue();
		for (JsonNode path : answer.get("paths")) {
			assertThat(path.get("relationships").size()).isEqualTo(expected.intValue());
			assertThat(path.get("nodes").get(0).get("id").asString()).isEqualTo(from);
			assertThat(path.get("nodes").get(expected.intValue()).get("id").asString()).isEqualTo(to);
		}
	}

	@Test
	void anAgencyReachesTheChainOfTheMeasuresItLeads() throws Exception {
		Map<String, String> anchors = anchors();
		JsonNode answer = getJson("/api/paths?from=" + enc("jinan:农业农村局") + "&to=" + enc(anchors.get("Chain")) + "&maxHops=3");
		assertThat(answer.get("found").asBoolean()).isTrue();
		List<String> types = new ArrayList<>();
		answer.get("paths").get(0).get("relationships").forEach(r -> types.add(r.get("type").asString()));
		// the bureau shares a measure of the plan that names the chain itself: two relationships
		assertThat(types).hasSizeLessThanOrEqualTo(3).contains("SUPPORTS");
		assertThat(types.get(0)).isIn("LEADS", "RESPONSIBLE_FOR");
	}

	@Test
	void noPathWithinMaxHopsIsSaid() throws Exception {
		JsonNode answer = getJson("/api/paths?from=" + enc("jinan:农业农村局") + "&to=" + enc(anchors().get("Chain")) + "&maxHops=1");
		assertThat(answer.get("found").asBoolean()).isFalse();
		assertThat(answer.get("paths").size()).isZero();
		assertThat(answer.get("note").asString()).contains("no connection of at most 1 relationships").contains("maxHops");
		assertThat(get("/api/paths?from=" + enc("jinan:不存在的局") + "&to=jinan").statusCode()).isEqualTo(404);
	}

	private JsonNode getJson(String path) throws Exception {
		var r = get(path);
		assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(200);
		return this.json.readTree(r.body());
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
