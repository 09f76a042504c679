package io.policygraph.api;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import io.policygraph.support.EmbeddedGraphTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The questions a planner asks, in the planner's words ({@code docs/planner-questions.md} lists them with
 * their {@code curl}), each answered by the REST API and by a hand-written Cypher query over the same seed
 * graph; the two answers must be equal. The Cypher states the question's meaning directly on the graph
 * (distinct measures, explicit versus inherited, the validity stored on documents), independently of the
 * endpoint's own query.
 */
class PlannerQuestionsIT extends EmbeddedGraphTest {

	private static final String ECOLOGY = "jinan:生态环境局";

	private static final String CITY_MANAGEMENT = "jinan:城市管理局";

	private final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void seed() throws Exception {
		seedGraph();
	}

	// who leads X

	@Test
	@DisplayName("1. 谁牵头“推进绿色矿山建设”？")
	void whoLeadsAMeasureFoundBySearch() throws Exception {
		JsonNode hits = api("/api/search?type=Measure&q=" + enc("推进绿色矿山建设"));
		String measure = hits.get("items").get(0).get("id").asString();
		assertThat(measure).isEqualTo(one("MATCH (m:Measure {title: '推进绿色矿山建设'}) RETURN m.id"));
		JsonNode m = api("/api/measures/" + enc(measure));
		assertThat(ids(m.get("lead"), "id")).containsExactlyElementsOf(column("""
				MATCH (a)-[r:LEADS]->(:Measure {id: $m}) RETURN a.id ORDER BY r.position""", Map.of("m", measure)));
		assertThat(ids(m.get("lead"), "name")).containsExactly("市自然资源和规划局");
	}

	@Test
	@DisplayName("2. “支持加氢站建设运营”这条措施由哪些单位牵头、负责、默认承担？")
	void everyBodyOnAMeasureInWrittenOrder() throws Exception {
		String measure = one("MATCH (m:Measure {title: '支持加氢站建设运营'}) RETURN m.id");
		JsonNode m = api("/api/measures/" + enc(measure));
		for (String role : List.of("lead", "responsible", "inherited")) {
			assertThat(ids(m.get(role), "id")).as(role).containsExactlyElementsOf(column("""
					MATCH (a)-[r:LEADS|RESPONSIBLE_FOR]->(:Measure {id: $m}) WHERE r.role = $role
					RETURN a.id ORDER BY r.position""", Map.of("m", measure, "role", role)));
		}
		assertThat(m.get("responsible").size()).isPositive();
	}

	// what an agency carries, leads, shares

	@Test
	@DisplayName("3. 市城管局牵头哪些措施？")
	void whatAnAgencyLeads() throws Exception {
		JsonNode page = api("/api/agencies/" + enc(CITY_MANAGEMENT) + "/responsibilities?role=lead&size=200");
		List<String> expected = column("MATCH (:Agency {id: $a})-[:LEADS]->(m:Measure) RETURN DISTINCT m.id", Map.of("a", CITY_MANAGEMENT));
		assertThat(ids(page.get("items"), "measure")).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(page.get("total").asLong()).isEqualTo(expected.size()).isEqualTo(4);
	}

	@Test
	@DisplayName("4. 市城管局一共承担多少项措施（牵头或责任，不含默认承担）？")
	void whatAnAgencyCarriesByName() throws Exception {
		JsonNode page = api("/api/agencies/" + enc(CITY_MANAGEMENT) + "/responsibilities?role=any&inherited=false&size=200");
		List<String> expected = column("""
				MATCH (:Agency {id: $a})-[r:LEADS|RESPONSIBLE_FOR]->(m:Measure) WHERE NOT r.inherited RETURN DISTINCT m.id""",
				Map.of("a", CITY_MANAGEMENT));
		assertThat(ids(page.get("items"), "measure")).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
		assertThat(page.get("total").asLong()).isEqualTo(expected.size());
	}

	@Test
	@DisplayName("5. 各区县政府按默认规则承担了多少项措施，明确点名的又有多少？")
	void inheritedAndExplicitLoadOfACollective() throws Exception {
		String group = "jinan:各区县政府";
		JsonNode counts = api("/api/agencies/" + enc(group)).get("measures");
		Map<String, Object> p = Map.of("a", group);
		assertThat(counts.get("lead").asLong()).isEqualTo(count("MATCH ({id: $a})-[:LEADS]->(m:Measure) RETURN count(DISTINCT m)", p));
		assertThat(counts.get("responsible").asLong()).isEqualTo(
				count("MATCH ({id: $a})-[r:RESPONSIBLE_FOR]->(m:Measure) WHERE NOT r.inherited RETURN count(DISTINCT m)", p));
		assertThat(counts.get("inherited").asLong()).isEqualTo(
				count("MATCH ({id: $a})-[r:RESPONSIBLE_FOR]->(m:Measure) WHERE r.inherited RETURN count(DISTINCT m)", p))
			.isEqualTo(80);
	}

	@Test
	@DisplayName("6. 市生态环境局和哪些单位一起承担措施？和谁共同承担得最多？")
	void whoAnAgencySharesWith() throws Exception {
		JsonNode page = api("/api/agencies/" + enc(ECOLOGY) + "/responsibilities?inherited=false&size=200");
		Map<String, Integer> partners = new TreeMap<>();
		for (JsonNode item : page.get("items")) {
			Set<String> others = new LinkedHashSet<>();
			item.get("others").forEach(o -> {
				if (!"inherited".equals(o.get("role").asString())) {
					others.add(o.get("id").asString());
				}
			});
			others.forEach(o -> partners.merge(o, 1, Integer::sum));
		}
		Map<String, Integer> expected = new TreeMap<>();
		rows("""
				MATCH (:Agency {id: $a})-[r:LEADS|RESPONSIBLE_FOR]->(m:Measure)<-[x:LEADS|RESPONSIBLE_FOR]-(o)
				WHERE NOT r.inherited AND NOT x.inherited AND o.id <> $a
				RETURN o.id AS id, count(DISTINCT m) AS shared""", Map.of("a", ECOLOGY))
			.forEach(r -> expected.put(r.get("id").asString(), r.get("shared").asInt()));
		assertThat(partners).isEqualTo(expected);
		assertThat(partners.get("jinan:工业和信息化局")).isEqualTo(17);
	}

	@Test
	@DisplayName("7. 济南市（含起步区、市中区）哪个单位点名承担的措施最多？")
	void heaviestExplicitLoadInACity() throws Exception {
		JsonNode page = api("/api/places/jinan/responsibilities?inherited=false&size=5").get("bodies");
		List<Record> expected = rows("""
				MATCH (pl:Place) WHERE pl.id = 'jinan' OR (pl)-[:PART_OF*1..4]->(:Place {id: 'jinan'})
				MATCH (d:Document)-[:IN_JURISDICTION]->(pl)
				MATCH (a)-[r:LEADS|RESPONSIBLE_FOR]->(m:Measure {documentId: d.id}) WHERE NOT r.inherited
				WITH a, count(DISTINCT m) AS measures
				RETURN a.id AS id, measures ORDER BY measures DESC, id LIMIT 1""", Map.of());
		JsonNode top = page.get("items").get(0);
		assertThat(top.get("id").asString()).isEqualTo(expected.get(0).get("id").asString());
		assertThat(top.get("leads").asLong() + top.get("responsible").asLong()).isGreaterThanOrEqualTo(expected.get(0).get("measures").asLong());
		assertThat(top.get("inherited").asLong()).isZero();
	}

	// what supports a chain, a segment, a park

	@Test
	@DisplayName("8. 哪些措施支持加氢站（氢能产业链加氢环节）？")
	void measuresSupportingASegment() throws Exception {
		JsonNode chain = api("/api/chains/hydrogen/responsibilities");
		JsonNode refuelling = find(chain.get("segments"), "hydrogen.refuelling");
		List<String> expected = column("MATCH (:ChainSegment {id: 'hydrogen.refuelling'})<-[:SUPPORTS]-(m:Measure) RETURN DISTINCT m.id", Map.of());
		assertThat(ids(refuelling.get("measures"), "measure")).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
		assertThat(find(api("/api/chains"), "hydrogen").get("segments"))
			.filteredOn(s -> s.get("id").asString().equals("hydrogen.refuelling"))
			.singleElement().satisfies(s -> assertThat(s.get("measures").asLong()).isEqualTo(expected.size()).isEqualTo(8));
	}

	@Test
	@DisplayName("9. 氢能产业链一共有多少项措施支持，各环节各有多少？")
	void measuresSupportingAChain() throws Exception {
		JsonNode hydrogen = find(api("/api/chains"), "hydrogen");
		assertThat(hydrogen.get("supportingMeasures").asLong()).isEqualTo(count("""
				MATCH (:Chain {id: 'hydrogen'})<-[:SEGMENT_OF*0..1]-()<-[:SUPPORTS]-(m:Measure) RETURN count(DISTINCT m)""", Map.of()));
		for (JsonNode segment : hydrogen.get("segments")) {
			assertThat(segment.get("measures").asLong()).as(segment.get("name").asString()).isEqualTo(count(
					"MATCH (:ChainSegment {id: $s})<-[:SUPPORTS]-(m:Measure) RETURN count(DISTINCT m)",
					Map.of("s", segment.get("id").asString())));
		}
	}

	@Test
	@DisplayName("10. 哪些单位点名承担氢能产业链的措施？")
	void bodiesCarryingAChain() throws Exception {
		JsonNode chain = api("/api/chains/hydrogen/responsibilities");
		Set<String> carriers = new java.util.TreeSet<>();
		chain.get("segments").forEach(s -> s.get("measures").forEach(m -> m.get("bodies").forEach(b -> {
			if (!"inherited".equals(b.get("role").asString())) {
				carriers.add(b.get("id").asString());
			}
		})));
		assertThat(carriers).containsExactlyInAnyOrderElementsOf(column("""
				MATCH (:Chain {id: 'hydrogen'})<-[:SEGMENT_OF*0..1]-()<-[:SUPPORTS]-(:Measure)<-[r:LEADS|RESPONSIBLE_FOR]-(a)
				WHERE NOT r.inherited RETURN DISTINCT a.id""", Map.of()));
	}

	@Test
	@DisplayName("11. 燃料电池环节靠哪些单位撑着？有没有只靠一个单位或没人负责的措施？")
	void singlePointsOfFailureOfASegment() throws Exception {
		JsonNode answer = api("/api/impact/chain-segments/hydrogen.fuel-cell");
		Map<String, Object> p = Map.of("s", "hydrogen.fuel-cell");
		assertThat(answer.get("supportingMeasures").asLong())
			.isEqualTo(count("MATCH (:ChainSegment {id: $s})<-[:SUPPORTS]-(m:Measure) RETURN count(DISTINCT m)", p));
		assertThat(ids(answer.get("carriers"), "id")).containsExactlyInAnyOrderElementsOf(column("""
				MATCH (:ChainSegment {id: $s})<-[:SUPPORTS]-(:Measure)<-[r:LEADS|RESPONSIBLE_FOR]-(a) WHERE NOT r.inherited
				RETURN DISTINCT a.id""", p));
		JsonNode spof = answer.get("singlePointsOfFailure");
		assertThat(ids(spof.get("measuresCarriedByOneBody"), null)).containsExactlyInAnyOrderElementsOf(column("""
				MATCH (:ChainSegment {id: $s})<-[:SUPPORTS]-(m:Measure)
				WHERE COUNT { MATCH (a)-[r:LEADS|RESPONSIBLE_FOR]->(m) WHERE NOT r.inherited RETURN DISTINCT a } = 1
				RETURN DISTINCT m.id""", p));
		assertThat(ids(spof.get("measuresWithNoBody"), null)).containsExactlyInAnyOrderElementsOf(column("""
				MATCH (:ChainSegment {id: $s})<-[:SUPPORTS]-(m:Measure)
				WHERE NOT EXISTS { MATCH (a)-[r:LEADS|RESPONSIBLE_FOR]->(m) WHERE NOT r.inherited }
				RETURN DISTINCT m.id""", p));
	}

	@Test
	@DisplayName("12. 崔寨组团承载哪些产业链环节？支持它的措施有哪些？")
	void whatSupportsAPark() throws Exception {
		String park = "jinan-qibuqu:崔寨组团";
		JsonNode answer = api("/api/parks/" + enc(park));
		assertThat(ids(answer.get("hosts"), "id")).contains("hydrogen.fuel-cell")
			.containsExactlyInAnyOrderElementsOf(column("MATCH (:Park {id: $k})-[:HOSTS]->(t) RETURN t.id", Map.of("k", park)));
		assertThat(ids(answer.get("measures"), "measure")).doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(column("MATCH (:Park {id: $k})<-[:SUPPORTS]-(m:Measure) RETURN DISTINCT m.id", Map.of("k", park)))
			.isNotEmpty();
	}

	@Test
	@DisplayName("13. 重汽氢燃料电池项目属于哪条产业链？哪些措施提到它？")
	void whatSupportsAProject() throws Exception {
		String project = "jinan:重汽氢燃料电池项目";
		JsonNode answer = api("/api/projects/" + enc(project));
		assertThat(ids(answer.get("chains"), "id")).contains("hydrogen.fuel-cell")
			.containsExactlyInAnyOrderElementsOf(column("MATCH (:Project {id: $x})-[:BELONGS_TO]->(t) RETURN t.id", Map.of("x", project)));
		assertThat(ids(answer.get("measures"), "measure")).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(
				column("MATCH (:Project {id: $x})<-[:SUPPORTS]-(m:Measure) RETURN DISTINCT m.id", Map.of("x", project)))
			.isNotEmpty();
	}

	// what expires before a date

	@Test
	@DisplayName("14. 2025年底前到期的政策文件有哪些？")
	void documentsExpiringBeforeADate() throws Exception {
		JsonNode answer = api("/api/impact/expiring?before=2025-12-31");
		List<String> expected = column("""
				MATCH (d:Document) WHERE d.validTo IS NOT NULL AND d.validTo <= $before RETURN d.id""",
				Map.of("before", LocalDate.of(2025, 12, 31)));
		assertThat(ids(answer.get("documents"), "id")).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(answer.get("documentCount").asLong()).isEqualTo(expected.size());
	}

	@Test
	@DisplayName("15. 2027年底的政策都到期后，哪些产业链环节就没有有效措施支持了？")
	void chainsLeftWithoutSupportInForce() throws Exception {
		JsonNode answer = api("/api/impact/expiring?before=2027-12-31");
		List<String> expected = column("""
				MATCH (t) WHERE (t:Chain OR t:ChainSegment) AND EXISTS { (t)<-[:SUPPORTS]-(:Measure) }
				  AND ALL(m IN [(t)<-[:SUPPORTS]-(m:Measure) | m]
				          WHERE EXISTS { MATCH (d:Document {id: m.documentId}) WHERE d.validTo <= $before })
				RETURN t.id""", Map.of("before", LocalDate.of(2027, 12, 31)));
		assertThat(ids(answer.get("leftWithoutSupportInForce"), "id")).containsExactlyInAnyOrderElementsOf(expected).isNotEmpty();
	}

	// paths between an agency and a chain

	@Test
	@DisplayName("16. 市农业农村局和固废产业链之间有什么联系？")
	void pathsFromAnAgencyToAChain() throws Exception {
		assertShortestPaths("jinan:农业农村局", "solid-waste", 4);
	}

	@Test
	@DisplayName("17. 北京市城市管理委和氢能产业链怎么联系起来？")
	void pathsFromAnotherCitysAgencyToAChain() throws Exception {
		assertShortestPaths("beijing:城市管理委员会", "hydrogen", 4);
	}

	@Test
	@DisplayName("18. 市城管局和固废“收集转运”环节有直接联系吗？")
	void noPathWithinMaxHopsIsSaidSo() throws Exception {
		JsonNode answer = api("/api/paths?from=" + enc(CITY_MANAGEMENT) + "&to=solid-waste.collection&maxHops=1");
		assertThat(answer.get("found").asBoolean()).isFalse();
		assertThat(answer.get("note").asString()).contains("maxHops");
		assertShortestPaths(CITY_MANAGEMENT, "solid-waste.collection", 4);
	}

	// what an agency merge or removal does

	@Test
	@DisplayName("19. 撤销市生态环境局，哪些措施没有牵头单位、哪些没有任何责任单位？")
	void whatAnAgencyRemovalDoes() throws Exception {
		JsonNode answer = post("/api/impact/agency-change", """
				{"agency": "%s", "change": "remove", "includeInherited": false}""".formatted(ECOLOGY));
		Map<String, List<String>> expected = new HashMap<>();
		rows("""
				MATCH (a:Agency {id: $a})-[r:LEADS|RESPONSIBLE_FOR]->(m:Measure) WHERE NOT r.inherited
				WITH DISTINCT a, m
				WITH m, EXISTS { (a)-[:LEADS]->(m) } AS leads,
				     [(o)-[x:LEADS|RESPONSIBLE_FOR]->(m) WHERE o <> a AND NOT x.inherited | x:LEADS] AS others
				RETURN m.id AS measure, CASE WHEN others = [] THEN 'none'
				                             WHEN leads AND NOT true IN others THEN 'noLead' ELSE 'shared' END AS outcome""",
				Map.of("a", ECOLOGY))
			.forEach(r -> expected.computeIfAbsent(r.get("outcome").asString(), k -> new ArrayList<>()).add(r.get("measure").asString()));
		assertThat(groupedMeasures(answer.get("leftWithoutAnyLead"))).containsExactlyInAnyOrderElementsOf(expected.get("noLead")).hasSize(9);
		assertThat(groupedMeasures(answer.get("leftWithoutAnyResponsibleBody"))).containsExactlyInAnyOrderElementsOf(expected.get("none")).hasSize(12);
		assertThat(groupedMeasures(answer.get("shared"))).containsExactlyInAnyOrderElementsOf(expected.get("shared")).hasSize(20);
		assertThat(answer.get("measuresAffected").asLong()).isEqualTo(
				count("MATCH (:Agency {id: $a})-[:LEADS|RESPONSIBLE_FOR]->(m:Measure) RETURN count(DISTINCT m)", Map.of("a", ECOLOGY)));
	}

	@Test
	@DisplayName("20. 市生态环境局并入市城管局后，市城管局牵头和承担的措施各变成多少？")
	void whatAnAgencyMergeDoes() throws Exception {
		JsonNode load = post("/api/impact/agency-change", """
				{"agency": "%s", "change": "merge", "into": "%s", "includeInherited": false}""".formatted(ECOLOGY, CITY_MANAGEMENT))
			.get("receiverLoad");
		String lead = "MATCH (a)-[r:LEADS]->(m:Measure) WHERE a.id IN $bodies AND NOT r.inherited RETURN count(DISTINCT m)";
		String any = "MATCH (a)-[r:LEADS|RESPONSIBLE_FOR]->(m:Measure) WHERE a.id IN $bodies AND NOT r.inherited RETURN count(DISTINCT m)";
		Function<List<String>, Map<String, Object>> bodies = b -> Map.of("bodies", b);
		assertThat(load.get("before").get("lead").asLong()).isEqualTo(count(lead, bodies.apply(List.of(CITY_MANAGEMENT)))).isEqualTo(4);
		assertThat(load.get("before").get("any").asLong()).isEqualTo(count(any, bodies.apply(List.of(CITY_MANAGEMENT)))).isEqualTo(23);
		assertThat(load.get("after").get("lead").asLong()).isEqualTo(count(lead, bodies.apply(List.of(CITY_MANAGEMENT, ECOLOGY)))).isEqualTo(14);
		assertThat(load.get("after").get("any").asLong()).isEqualTo(count(any, bodies.apply(List.of(CITY_MANAGEMENT, ECOLOGY)))).isEqualTo(59);
	}

	// search

	@Test
	@DisplayName("21. 搜索“加氢站”：哪些措施提到加氢站？")
	void searchFindsEveryMeasureNamingTheWordFirst() throws Exception {
		JsonNode page = api("/api/search?type=Measure&size=50&q=" + enc("加氢站"));
		List<String> hits = ids(page.get("items"), "id");
		List<String> naming = column("MATCH (m:Measure) WHERE m.text CONTAINS '加氢站' RETURN m.id", Map.of());
		assertThat(naming).hasSize(5);
		assertThat(hits.subList(0, naming.size())).as("measures that write 加氢站 rank first").containsExactlyInAnyOrderElementsOf(naming);
		assertThat(page.get("total").asLong()).isEqualTo(hits.size());
	}

	@Test
	@DisplayName("22. 济南市（含起步区、市中区）有哪些政策文件？")
	void documentsOfACityAndThePlacesInIt() throws Exception {
		JsonNode page = api("/api/documents?size=200&jurisdiction=jinan");
		List<String> expected = column("""
				MATCH (d:Document)-[:IN_JURISDICTION]->(pl:Place)
				WHERE pl.id = 'jinan' OR (pl)-[:PART_OF*1..4]->(:Place {id: 'jinan'})
				RETURN d.id""", Map.of());
		assertThat(ids(page.get("items"), "id")).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(expected).hasSize(15);
	}

	private void assertShortestPaths(String from, String to, int maxHops) throws Exception {
		JsonNode answer = api("/api/paths?from=" + enc(from) + "&to=" + enc(to) + "&maxHops=" + maxHops);
		List<Record> expected = rows("""
				MATCH (a {id: $from}), (b {id: $to})
				MATCH p = allShortestPaths((a)-[:%s*..%d]-(b))
				RETURN length(p) AS hops, [n IN nodes(p) | n.id] AS ids""".formatted(SearchController.PATH_TYPES, maxHops),
				Map.of("from", from, "to", to));
		assertThat(answer.get("found").asBoolean()).isEqualTo(!expected.isEmpty()).isTrue();
		Set<List<String>> expectedWays = new LinkedHashSet<>();
		expected.forEach(r -> expectedWays.add(r.get("ids").asList(v -> v.asString())));
		int hops = expected.get(0).get("hops").asInt();
		for (JsonNode path : answer.get("paths")) {
			assertThat(path.get("relationships").size()).isEqualTo(hops);
			assertThat(expectedWays).contains(ids(path.get("nodes"), "id"));
		}
		assertThat(answer.get("paths").size()).isEqualTo(Math.min(10, expectedWays.size()));
	}

	private JsonNode api(String path) throws Exception {
		HttpResponse<String> r = get(path);
		assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(200);
		return this.json.readTree(r.body());
	}

	private JsonNode post(String path, String body) throws Exception {
		HttpResponse<String> r = this.http.send(HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + this.port + path))
			.header("Content-Type", "application/json").header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(200);
		return this.json.readTree(r.body());
	}

	/** The measure ids of an impact list grouped by document and section. */
	private static List<String> groupedMeasures(JsonNode documents) {
		List<String> out = new ArrayList<>();
		documents.forEach(d -> d.get("sections").forEach(items -> items.forEach(i -> out.add(i.get("measure").asString()))));
		return out;
	}

	private static JsonNode find(JsonNode array, String id) {
		for (JsonNode n : array) {
			if (id.equals(n.get("id").asString())) {
				return n;
			}
		}
		throw new AssertionError(id + " not in " + array);
	}

	private static List<String> ids(JsonNode array, String field) {
		List<String> out = new ArrayList<>();
		array.forEach(n -> out.add(field == null ? n.asString() : n.get(field).asString()));
		return out;
	}

	private List<Record> rows(String cypher, Map<String, Object> params) {
		try (var session = this.driver.session()) {
			return session.run(cypher, params).list();
		}
	}

	private List<String> column(String cypher, Map<String, Object> params) {
		return rows(cypher, params).stream().map(r -> r.get(0).asString()).toList();
	}

	private String one(String cypher) {
		List<String> values = column(cypher, Map.of());
		assertThat(values).as(cypher).hasSize(1);
		return values.get(0);
	}

	private long count(String cypher, Map<String, Object> params) {
		return rows(cypher, params).get(0).get(0).asLong();
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
