package io.policygraph.api;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.policygraph.support.EmbeddedGraphTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST API on the seed graph, checked against answers read off the corpus by hand
 * (000_06e836f55181acee.txt = Jinan gazette with the 无废城市 plan; 004 line 13 = Beijing hydrogen (一)).
 */
class ApiIT extends EmbeddedGraphTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void seed() throws Exception {
		seedGraph();
	}

	private JsonNode getJson(String path) throws Exception {
		HttpResponse<String> r = get(path);
		assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(200);
		return this.json.readTree(r.body());
	}

	private String measureAt(String file, int lineEnd) {
		try (var session = this.driver.session()) {
			return session.run("MATCH (m:Measure {sourceFile: $f, lineEnd: $l}) WHERE (m)<-[:LEADS|RESPONSIBLE_FOR]-() RETURN m.id AS id",
					java.util.Map.of("f", file, "l", lineEnd)).single().get("id").asString();
		}
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private static List<String> texts(JsonNode array, String field) {
		List<String> out = new ArrayList<>();
		array.forEach(n -> out.add(field == null ? n.asString() : n.get(field).asString()));
		return out;
	}

	@Test
	void measureWithLeadAndResponsibleInWrittenOrder() throws Exception {
		// 000 line 721: （牵头单位：市自然资源和规划局；责任单位：市发展改革委、市财政局、市生态环境局、市应急局）
		JsonNode m = getJson("/api/measures/" + enc(measureAt("000_06e836f55181acee.txt", 721)));
		assertThat(texts(m.get("lead"), "id")).containsExactly("jinan:自然资源和规划局");
		assertThat(texts(m.get("responsible"), "id")).containsExactly("jinan:发展和改革委员会", "jinan:财政局",
				"jinan:生态环境局", "jinan:应急管理局");
		assertThat(texts(m.get("inherited"), "id")).containsExactly("jinan:各区县政府", "jinan:代管镇、街道的功能区管理机构");
		assertThat(m.get("path").asString()).isEqualTo("二/（三）/4");
		assertThat(m.get("document").get("docNo").asString()).isEqualTo("济政字〔2022〕73号");
		assertThat(m.get("provenance").get("lineEnd").asInt()).isEqualTo(721);
	}

	@Test
	void whatTheCityManagementBureauLeadsInTheZeroWastePlan() throws Exception {
		// hand count: 市城管局 is 牵头单位 at lines 767, 769, 771 and 807
		JsonNode r = getJson("/api/agencies/" + enc("jinan:城市管理局") + "/responsibilities?role=lead&size=50");
		List<Integer> lines = new ArrayList<>();
		r.get("items").forEach(i -> lines.add(i.get("provenance").get("lineEnd").asInt()));
		assertThat(lines).containsExactlyInAnyOrder(767, 769, 771, 807);
		assertThat(r.get("total").asInt()).isEqualTo(4);
	}

	@Test
	void beijingBodiesOnAHydrogenMeasure() throws Exception {
		// 004 line 13: …战略储备应用基础研究（市科委、中关村管委会）。 — one body with two names
		JsonNode m = getJson("/api/measures/" + enc(measureAt("004_b2476bf9fdfd30cd.txt", 13)));
		// one body, one fact, both names
		assertThat(texts(m.get("responsible"), "id")).containsExactly("beijing:科学技术委员会");
		assertThat(texts(m.get("responsible").get(0).get("surfaces"), null)).containsExactly("市科委", "中关村管委会");
		assertThat(m.get("document").get("validTo").asString()).isEqualTo("2025-08-31");
		// 聚焦制氢、储运、加注、燃料电池等产业链核心环节: three segments named by their taxonomy names
		assertThat(texts(m.get("supports"), "id")).contains("hydrogen.production", "hydrogen.storage-transport",
				"hydrogen.fuel-cell");
		assertThat(m.get("funding").isNull()).isTrue();
	}

	@Test
	void agencyProfileCountsAndListing() throws Exception {
		JsonNode a = getJson("/api/agencies/" + enc("jinan:城市管理局"));
		assertThat(a.get("measures").get("lead").asInt()).isEqualTo(4);
		assertThat(a.get("place").get("id").asString()).isEqualTo("jinan");
		JsonNode list = getJson("/api/agencies?q=" + enc("发展") + "&jurisdiction=qingdao");
		assertThat(texts(list.get("items"), "id")).contains("qingdao:发展和改革委员会").allMatch(id -> id.startsWith("qingdao"));
	}

	@Test
	void chineseSearch() throws Exception {
		JsonNode r = getJson("/api/search?q=" + enc("加氢站") + "&type=Measure");
		assertThat(r.get("total").asInt()).isGreaterThan(0);
		assertThat(r.get("items").get(0).get("excerpt").asString()).isNotEmpty();
		JsonNode agencies = getJson("/api/search?q=" + enc("市城管局") + "&type=Agency");
		assertThat(texts(agencies.get("items"), "id")).contains("jinan:城市管理局");
	}

	@Test
	void documentTreeAndPaths() throws Exception {
		JsonNode docs = getJson("/api/documents?size=50");
		assertThat(docs.get("total").asInt()).isEqualTo(27);
		String id = null;
		for (JsonNode d : docs.get("items")) {
			if ("济政字〔2022〕73号".equals(d.path("docNo").asString(null))) {
				id = d.get("id").asString();
			}
		}
		JsonNode doc = getJson("/api/documents/" + id);
		assertThat(texts(doc.get("sections"), "path")).contains("一", "二", "三");
		JsonNode paths = getJson("/api/paths?from=" + enc("jinan:城市管理局") + "&to=" + id + "&maxHops=6");
		assertThat(paths.get("paths").size()).isGreaterThan(0);
	}

	@Test
	void errorsAreProblemDocuments() throws Exception {
		HttpResponse<String> missing = get("/api/agencies/" + enc("jinan:不存在的局"));
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
		assertThat(missing.body()).contains("不存在的局");
		HttpResponse<String> bad = get("/api/agencies/" + enc("jinan:城市管理局") + "/responsibilities?role=boss");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("role must be");
		assertThat(get("/api/agencies?size=100000").statusCode()).isEqualTo(400);
		assertThat(get("/api/paths?from=a&to=b&maxHops=99").statusCode()).isEqualTo(400);
	}

	@Test
	void hostileInputIsOnlyEverData() throws Exception {
		long nodes = count("MATCH (n) RETURN count(n) AS c");
		String[] hostile = { "' OR 1=1 //", "\"}) MATCH (n) DETACH DELETE n //", "{a:1}", "MATCH (n) RETURN n", "*?~:/\\" };
		for (String h : hostile) {
			assertThat(get("/api/search?q=" + enc(h)).statusCode()).isEqualTo(200);
			assertThat(get("/api/agencies?q=" + enc(h)).statusCode()).isEqualTo(200);
			// an encoded '/' in a path is refused by the server itself (400); anything else is an unknown id
			assertThat(get("/api/agencies/" + enc(h)).statusCode()).isIn(400, 404);
		}
		assertThat(count("MATCH (n) RETURN count(n) AS c")).isEqualTo(nodes);
	}

	@Test
	void uploadsNeedTheApiKey() throws Exception {
		String text = "沧州市测试若干措施\n一、任务\n1.推进测试。（责任单位：市财政局、市发展改革委）\n";
		HttpRequest.Builder post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/documents?name=cz-upload.txt"))
			.header("Content-Type", "text/plain; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
		HttpResponse<String> denied = this.http.send(post.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(denied.statusCode()).isEqualTo(401);
		HttpResponse<String> ok = this.http.send(post.header("X-API-Key", API_KEY).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
		assertThat(this.json.readTree(ok.body()).get("created").size()).isEqualTo(1);
		assertThat(count("MATCH (:Agency {id: 'cangzhou:财政局'})-[:RESPONSIBLE_FOR]->(:Measure {sourceFile: 'cz-upload.txt'}) RETURN count(*) AS c"))
			.isEqualTo(1);
	}

	@Test
	void whoCarriesTheHydrogenChain() throws Exception {
		JsonNode chain = getJson("/api/chains/hydrogen/responsibilities");
		List<String> documents = new ArrayList<>();
		List<String> bodies = new ArrayList<>();
		chain.get("segments").forEach(s -> s.get("measures").forEach(m -> {
			documents.add(m.get("document").asString());
			m.get("bodies").forEach(b -> bodies.add(b.get("id").asString()));
		}));
		String beijing = documentWithTitle("北京市关于支持氢能产业发展的若干政策措施（修订版）");
		String jinan = documentWithTitle("济南新旧动能转换起步区“十四五”产业发展规划");
		assertThat(documents).contains(beijing, jinan);
		// 004 line 27: hydrogen refuelling station subsidies are carried by 市城市管理委 of Beijing
		assertThat(bodies).contains("beijing:城市管理委员会", "beijing:经济和信息化局");
		JsonNode all = getJson("/api/chains");
		assertThat(texts(all, "id")).contains("hydrogen", "low-altitude", "nev", "integrated-circuit");
	}

	private String documentWithTitle(String title) {
		try (var session = this.driver.session()) {
			return session.run("MATCH (d:Document {title: $t}) RETURN d.id AS id", java.util.Map.of("t", title)).single()
				.get("id").asString();
		}
	}

	@Test
	void rawUtf8InTheQueryIsAnsweredWithAProblemDocument() throws Exception {
		// what curl sends for the README's former example ?q=加氢站, typed as is: the bytes, not %E5%8A%A0…
		try (var socket = new java.net.Socket("127.0.0.1", this.port)) {
			socket.getOutputStream().write(("GET /api/search?q=加氢站&type=Measure HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("content-type: application/problem+json")
				.contains("percent-encoded").doesNotContain("<html");
		}
	}

	@Test
	void theApiDescriptionHasATitleAVersionAndResponseSchemas() throws Exception {
		JsonNode docs = getJson("/v3/api-docs");
		assertThat(docs.get("info").get("title").asString()).isEqualTo("PolicyGraph API");
		assertThat(docs.get("info").get("version").asString()).isNotEqualTo("v0").isNotBlank();
		List<String> schemas = new ArrayList<>(docs.get("components").get("schemas").propertyNames());
		assertThat(schemas).contains("MeasureView", "Responsibility", "DocumentSummary", "Hit", "Paths", "UploadResult");
	}

}
