package io.policygraph.correction;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.PolicyGraphApplication;
import io.policygraph.load.IngestService;
import io.policygraph.load.SeedLoader;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed corpus reviewed through the API alone: its known extraction misses fixed by corrections (fragment
 * bodies aliased to the agency meant, research platforms filed as organisations, a park taken for a body, a
 * body read in the wrong role and two it missed), the rest of the review queue resolved to zero; then the
 * service restarted on the same embedded store, and the corpus ingested again: every correction still
 * applied, none stale, the graph the same, and every graph invariant holding.
 */
class CorrectionsSeedIT {

	private static final String SECRET = "seed-review-secret";

	/**
	 * The reviewer's decisions on the provisional agencies of the seed graph: the action, and for an alias the
	 * body meant. Read against each occurrence's text (file and line in the queue item).
	 */
	static final Map<String, String[]> DECISIONS = decisions();

	private static Map<String, String[]> decisions() {
		Map<String, String[]> d = new LinkedHashMap<>();
		// 003 line 1748 and nearby: 会同市发展改革、教育、科技、… 部门 — one 市 and one 部门 for the whole list
		for (String[] alias : new String[][] { { "交通运输", "jinan:交通运输局" }, { "人力资源社会保障", "jinan:人力资源和社会保障局" },
				{ "信访部门", "jinan:信访局" }, { "公安", "jinan:公安局" }, { "农业农村", "jinan:农业农村局" },
				{ "农业农村部门", "jinan:农业农村局" }, { "卫生健康", "jinan:卫生健康委员会" }, { "发展改革部门", "jinan:发展和改革委员会" },
				{ "司法行政", "jinan:司法局" }, { "商务", "jinan:商务局" }, { "大数据", "jinan:大数据局" },
				{ "工业和信息化", "jinan:工业和信息化局" }, { "市发展改革", "jinan:发展和改革委员会" }, { "市场监管", "jinan:市场监督管理局" },
				{ "市生态环境", "jinan:生态环境局" }, { "应急", "jinan:应急管理局" }, { "应急部门", "jinan:应急管理局" },
				{ "教育", "jinan:教育局" }, { "科技", "jinan:科学技术局" }, { "财政", "jinan:财政局" },
				// 003 line 428: 市级主管部门要…配合 — the city's departments, each for its matters
				{ "市级主管部门", "jinan:市政府各部门（单位）" } }) {
			d.put("jinan:" + alias[0], new String[] { "name.alias", alias[1] });
		}
		// 001 line 466: research platforms named in a list of innovation carriers, not government bodies
		for (String platform : List.of("中美计算医学创新中心", "国家人类遗传资源库山东创新中心", "生物医学大数据挖掘技术和分析平台")) {
			d.put("jinan:" + platform, new String[] { "name.other-kind", "科研平台" });
		}
		// 001 line 448: 平阴工业园区：重点发展… — a park and what it develops, no body
		d.put("jinan:平阴工业园区", new String[] { "name.non-body", null });
		// 004 line 183: 相关单位： is the label of the field that names the 评审工作组
		d.put("tianjin-dongli:相关单位", new String[] { "name.non-body", null });
		// real bodies the registry lacks: the foreign affairs office (外事), the 指挥部's 社会稳定组, the 普查 group's office
		for (String accept : List.of("外事", "社会稳定组", "领导小组办公室")) {
			d.put("jinan:" + accept, new String[] { "name.accept", null });
		}
		// 004 line 110: 省制造强省建设领导小组及办公室要加强…统筹 — the province's leading group and its office (read since
		// the short title 三、保障措施 above it is a line of its own, seed-diff 2026-12)
		d.put("hebei:省制造强省建设领导小组及办公室", new String[] { "name.accept", null });
		// 003 lines 2269 and 1922, read since adverbial phrases are set aside (seed-diff 2026-12): the government of the
		// district concerned, and two classes of bodies the registry lacks
		d.put("jinan:事件发生地区县政府", new String[] { "name.alias", "jinan:相关区县政府" });
		d.put("jinan:医疗卫生机构", new String[] { "name.accept", null });
		d.put("jinan:疾病预防控制机构", new String[] { "name.accept", null });
		return d;
	}

	private final JsonMapper json = JsonMapper.builder().build();

	/** The whole queue read in pages is each kind's own list, in the kinds' order, with nothing lost or repeated. */
	private void assertPagesFollowTheKindsInOrder() throws Exception {
		JsonNode counts = get("/api/review?size=1");
		List<String> expected = new ArrayList<>();
		for (String kind : List.of("provisional-agency", "measure-without-body", "flagged-unit", "stale-correction")) {
			List<String> ofKind = new ArrayList<>();
			for (int page = 0; page * 200 < counts.get("counts").get(kind).asInt(); page++) {
				get("/api/review?size=200&kind=" + kind + "&page=" + page).get("items")
					.forEach(i -> ofKind.add(i.get("kind").asString() + " " + i.get("id").asString()));
			}
			assertThat(ofKind).as(kind).hasSize(counts.get("counts").get(kind).asInt()).doesNotHaveDuplicates();
			expected.addAll(ofKind);
		}
		assertThat(expected).hasSize(counts.get("total").asInt()).hasSizeGreaterThan(100);
		List<String> paged = new ArrayList<>();
		for (int page = 0; page * 47 < expected.size(); page++) {
			get("/api/review?size=47&page=" + page).get("items")
				.forEach(i -> paged.add(i.get("kind").asString() + " " + i.get("id").asString()));
		}
		assertThat(paged).containsExactlyElementsOf(expected);
	}

	private final HttpClient http = HttpClient.newHttpClient();

	private int port;

	@Test
	void theSeedQueueIsClearedAndEveryCorrectionSurvivesRestartAndReingest() throws Exception {
		Files.createDirectories(Path.of("target"));
		Path data = Files.createTempDirectory(Path.of("target"), "corrections-seed-");
		String corrected;
		List<String> corrections;
		try (ConfigurableApplicationContext app = start(data)) {
			Driver driver = app.getBean(Driver.class);
			assertPagesFollowTheKindsInOrder();
			JsonNode queue = get("/api/review?kind=provisional-agency&size=200");
			assertThat(queue.get("counts").get("provisional-agency").asInt()).isPositive();

			// the known misses, each by a correction
			String soil = value(driver, "MATCH (m:Measure) WHERE m.text STARTS WITH '其中,农业农村部门负责做好涉及土壤普查业务' RETURN m.id");
			String drugs = value(driver, """
					MATCH (:Agency {id: 'jinan:?教育'})-[:RESPONSIBLE_FOR]->(m:Measure) RETURN m.id ORDER BY m.lineStart LIMIT 1""");
			List<String> unlisted = new ArrayList<>();
			for (JsonNode item : queue.get("items")) {
				String key = item.get("jurisdiction").asString() + ":" + item.get("title").asString();
				String[] decision = DECISIONS.get(key);
				if (decision == null) {
					unlisted.add(key);
					continue;
				}
				Map<String, Object> request = new LinkedHashMap<>();
				request.put("kind", decision[0]);
				request.put("surface", item.get("title").asString());
				request.put("jurisdiction", item.get("jurisdiction").asString());
				request.put("why", "seed review: read at " + item.get("occurrences").get(0).get("file").asString() + ":"
						+ item.get("occurrences").get(0).get("lineStart").asInt());
				if ("name.alias".equals(decision[0])) {
					request.put("into", decision[1]);
				}
				if ("name.other-kind".equals(decision[0])) {
					request.put("organisationKind", decision[1]);
				}
				JsonNode made = post("/api/corrections", request, 201);
				assertThat(made.get("author").asString()).isEqualTo("reviewer");
			}
			assertThat(unlisted).as("provisional agencies with no decision in DECISIONS").isEmpty();
			assertThat(get("/api/review?kind=provisional-agency").get("total").asInt()).isZero();

			// 其中,农业农村部门负责…,并会同自然资源、统计部门开展数据统计分析: it leads (会同), and the two it works with were missed
			post("/api/corrections", Map.of("kind", "fact.role", "measure", soil, "body", "jinan:农业农村局", "role", "lead", "why",
					"负责…并会同自然资源、统计部门: the department that convenes the others leads"), 201);
			for (String missed : List.of("jinan:自然资源和规划局", "jinan:统计局")) {
				post("/api/corrections", Map.of("kind", "fact.add", "measure", soil, "body", missed, "role", "responsible", "why",
						"会同自然资源、统计部门: named without 市 and 局, missed by extraction"), 201);
			}
			assertFixed(driver, soil, drugs);

			// what the reviewer decides about the rest of the queue: each flagged unit and each unit with no body confirmed as read
			for (String kind : List.of("measure-without-body", "flagged-unit")) {
				while (true) {
					JsonNode page = get("/api/review?kind=" + kind + "&size=200");
					if (page.get("total").asInt() == 0) {
						break;
					}
					for (JsonNode item : page.get("items")) {
						JsonNode confirm = item.get("actions").get(kind.equals("flagged-unit") ? 0 : 2);
						assertThat(confirm.get("request").get("kind").asString()).isEqualTo("measure.confirm");
						post(confirm.get("path").asString(), Map.of("kind", "measure.confirm", "measure", item.get("id").asString(), "why",
								"seed review: the reading stands"), 201);
					}
				}
			}
			JsonNode cleared = get("/api/review");
			assertThat(cleared.get("total").asInt()).as(cleared.toString()).isZero();
			corrected = CorrectionAnchoringIT.dump(driver);
			corrections = corrections();
			assertInvariants(driver);
		}

		// restart on the same store: the seed load finds every file unchanged, and nothing moves
		try (ConfigurableApplicationContext app = start(data)) {
			Driver driver = app.getBean(Driver.class);
			assertThat(CorrectionAnchoringIT.dump(driver)).isEqualTo(corrected);
			assertThat(get("/api/review").get("total").asInt()).isZero();

			// the whole corpus extracted and written again: every correction found its anchor again
			app.getBean(SeedLoader.class).load(IngestService.Options.SEED.rewriting());
			assertThat(corrections()).isEqualTo(corrections);
			assertThat(get("/api/corrections?status=stale").size()).isZero();
			assertThat(get("/api/review").get("total").asInt()).isZero();
			assertThat(CorrectionAnchoringIT.dump(driver)).isEqualTo(corrected);
			assertFixed(driver, value(driver, "MATCH (m:Measure) WHERE m.text STARTS WITH '其中,农业农村部门负责做好涉及土壤普查业务' RETURN m.id"),
					null);
			assertInvariants(driver);
		}
	}

	/** The fixes as the API, the impact analysis and a Bolt client (the Browser) see them. */
	private void assertFixed(Driver driver, String soil, String drugs) throws Exception {
		JsonNode measure = get("/api/measures/" + enc(soil));
		assertThat(measure.get("lead").get(0).get("id").asString()).isEqualTo("jinan:农业农村局");
		assertThat(measure.get("lead").get(0).get("correctedBy").size()).isEqualTo(2);
		assertThat(measure.get("responsible").findValuesAsString("id")).contains("jinan:自然资源和规划局", "jinan:统计局");
		assertThat(measure.get("correctedBy").size()).isGreaterThanOrEqualTo(4);
		String impact = send("POST", "/api/impact/agency-change",
				"{\"agency\": \"jinan:农业农村局\", \"change\": \"remove\", \"includeInherited\": false}", null).body();
		assertThat(this.json.readTree(impact).get("leftWithoutAnyLead").toString()).contains(soil);
		if (drugs != null) {
			JsonNode education = get("/api/agencies/" + enc("jinan:教育局") + "/responsibilities?role=any&size=200");
			JsonNode fact = null;
			for (JsonNode r : education.get("items")) {
				if (r.get("measure").asString().equals(drugs)) {
					fact = r;
				}
			}
			assertThat(fact).as("教育 (the fragment) is carried by 市教育局").isNotNull();
			assertThat(fact.get("surface").asString()).isEqualTo("教育");
			assertThat(fact.get("correctedBy").size()).isEqualTo(1);
		}
		try (var session = driver.session()) {
			// the real bodies the registry lacks, each accepted above (name.accept)
			long accepted = DECISIONS.values().stream().filter(d -> d[0].equals("name.accept")).count();
			assertThat(accepted).isGreaterThanOrEqualTo(4);
			assertThat(session.run("MATCH (a:Agency {provisional: true}) RETURN count(a) AS n").single().get("n").asLong())
				.isEqualTo(accepted);
			assertThat(session.run("""
					MATCH (o:Organisation {kind: '科研平台'})-[r:RESPONSIBLE_FOR|LEADS]->(:Measure)
					WHERE r.extractedBody STARTS WITH 'jinan:?' RETURN count(DISTINCT o) AS n""").single().get("n").asLong()).isEqualTo(3);
			assertThat(session.run("""
					MATCH (a)-[r:LEADS]->(m:Measure {id: $soil}) RETURN a.id AS id""", Map.of("soil", soil)).single().get("id").asString())
				.isEqualTo("jinan:农业农村局");
		}
	}

	static void assertInvariants(Driver driver) throws IOException {
		Matcher m = Pattern.compile("(?m)^### (\\S+)\\s+```cypher\\n(.*?)```", Pattern.DOTALL)
			.matcher(Files.readString(Path.of("docs/graph-invariants.md")));
		int n = 0;
		try (var session = driver.session()) {
			while (m.find()) {
				n++;
				assertThat(session.run(m.group(2)).list()).as(m.group(1)).isEmpty();
			}
		}
		assertThat(n).isGreaterThanOrEqualTo(7);
	}

	private ConfigurableApplicationContext start(Path data) {
		// arguments, not default properties: those would give way to application.properties
		ConfigurableApplicationContext app = new SpringApplicationBuilder(PolicyGraphApplication.class).run("--server.port=0",
				"--policygraph.embedded.bolt-port=0", "--policygraph.embedded.data-dir=" + data, "--policygraph.seed.enabled=true",
				"--policygraph.api-keys=reviewer:" + SECRET, "--policygraph.api-key=");
		this.port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
		return app;
	}

	private List<String> corrections() throws Exception {
		List<String> out = new ArrayList<>();
		for (JsonNode c : get("/api/corrections")) {
			out.add(c.get("id").asString() + " " + c.get("kind").asString() + " " + c.get("status").asString());
		}
		return out;
	}

	private static String value(Driver driver, String cypher) {
		try (var session = driver.session()) {
			return session.run(cypher).single().get(0).asString();
		}
	}

	private JsonNode get(String path) throws Exception {
		HttpResponse<String> r = send("GET", path, null, null);
		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
		return this.json.readTree(r.body());
	}

	private JsonNode post(String path, Map<String, Object> body, int status) throws Exception {
		HttpResponse<String> r = send("POST", path, this.json.writeValueAsString(body), SECRET);
		assertThat(r.statusCode()).as(body + " -> " + r.body()).isEqualTo(status);
		return this.json.readTree(r.body());
	}

	private HttpResponse<String> send(String method, String path, String body, String key) throws Exception {
		return LocalHttp.send(this.http, this.port, method, path, body, key);
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
