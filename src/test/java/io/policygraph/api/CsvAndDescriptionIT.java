package io.policygraph.api;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.policygraph.support.Csv;
import io.policygraph.support.EmbeddedGraphTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answers as planners and Spring users take them: every list as CSV a spreadsheet opens (byte-order mark,
 * a header, one line per item of the JSON answer), a document's measures in document order, and an API
 * description with response schemas, the problem schema and an example for every endpoint.
 */
class CsvAndDescriptionIT extends EmbeddedGraphTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void seed() throws Exception {
		seedGraph();
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).header("Accept", accept)
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	@Test
	void everyListIsACsvWithOneLinePerItem() throws Exception {
		String document = this.json.readTree(get("/api/documents?jurisdiction=jinan&size=1", "application/json").body())
			.get("items").get(0).get("id").asString();
		Map<String, String> lists = Map.of(
				"/api/documents?size=200", "items",
				"/api/agencies?jurisdiction=jinan&size=200", "items",
				"/api/agencies/" + enc("jinan:生态环境局") + "/responsibilities?size=200", "items",
				"/api/search?q=" + enc("氢能") + "&size=200", "items",
				"/api/chains", "",
				"/api/places/jinan/responsibilities?size=200", "bodies/items",
				"/api/impact/expiring?before=2026-12-31", "documents",
				"/api/analytics/agencies?jurisdiction=jinan&top=50", "workload",
				"/api/documents/" + document + "/measures", "");
		for (var e : lists.entrySet()) {
			JsonNode answer = this.json.readTree(get(e.getKey(), "application/json").body());
			JsonNode items = e.getValue().isEmpty() ? answer : answer.at("/" + e.getValue());
			HttpResponse<String> csv = get(e.getKey(), "text/csv");
			assertThat(csv.statusCode()).as(e.getKey() + " " + csv.body()).isEqualTo(200);
			assertThat(csv.headers().firstValue("Content-Type").orElse("")).as(e.getKey()).startsWith("text/csv").contains("UTF-8");
			assertThat(csv.body()).as(e.getKey()).startsWith("\uFEFF");
			List<List<String>> records = Csv.records(csv.body().substring(1));
			assertThat(records).as(e.getKey()).hasSize(items.size() + 1);
			assertThat(items.size()).as(e.getKey()).isPositive();
			List<String> header = records.get(0);
			records.forEach(r -> assertThat(r).as(e.getKey()).hasSameSizeAs(header));
			String first = items.get(0).has("id") ? "id" : items.get(0).has("measure") ? "measure" : null;
			if (first != null) {
				assertThat(records.get(1).get(header.indexOf(first))).as(e.getKey()).isEqualTo(items.get(0).get(first).asString());
			}
		}
		List<List<String>> responsibilities = Csv.records(get("/api/agencies/" + enc("jinan:生态环境局") + "/responsibilities?size=5",
				"text/csv").body().substring(1));
		assertThat(responsibilities.get(0)).contains("measure", "role", "document.title", "provenance.raw", "others");
		assertThat(responsibilities.get(1).get(responsibilities.get(0).indexOf("document.title"))).isNotBlank();
	}

	@Test
	void aDocumentsMeasuresComeInDocumentOrderWithTheirBodies() throws Exception {
		String id;
		try (var session = this.driver.session()) {
			id = session.run("""
					MATCH (d:Document) RETURN d.id AS id ORDER BY COUNT { (:Measure {documentId: d.id})<-[:LEADS]-() } DESC, id LIMIT 1""")
				.single().get("id").asString();
		}
		JsonNode measures = this.json.readTree(get("/api/documents/" + id + "/measures", "application/json").body());
		assertThat(measures.size()).isEqualTo((int) count("MATCH (m:Measure {documentId: '" + id + "'}) RETURN count(m)"));
		int previous = -1;
		for (JsonNode m : measures) {
			assertThat(m.get("ordinal").asInt()).isGreaterThan(previous);
			previous = m.get("ordinal").asInt();
			JsonNode view = this.json.readTree(get("/api/measures/" + enc(m.get("id").asString()), "application/json").body());
			for (String role : new String[] { "lead", "responsible", "inherited" }) {
				assertThat(m.get("bodies").valueStream().filter(b -> b.get("role").asString().equals(role))
					.map(b -> b.get("id").asString()).toList())
					.as(m.get("id").asString() + " " + role)
					.isEqualTo(view.get(role).valueStream().map(b -> b.get("id").asString()).toList());
			}
		}
		JsonNode explicit = this.json.readTree(get("/api/documents/" + id + "/measures?inherited=false", "application/json").body());
		explicit.forEach(m -> m.get("bodies").forEach(b -> assertThat(b.get("role").asString()).isNotEqualTo("inherited")));
		assertThat(get("/api/documents/no-such-document/measures", "application/json").statusCode()).isEqualTo(404);
	}

	/** The tags of the read and analysis endpoints this description gives examples for. */
	private static final List<String> TAGS = List.of("agencies", "documents", "measures", "search", "chains", "impact", "places",
			"pictures", "stats-controller");

	@Test
	void theDescriptionHasSchemasTheProblemAndAnExamplePerEndpoint() throws Exception {
		JsonNode api = this.json.readTree(get("/v3/api-docs", "application/json").body());
		assertThat(api.at("/info/title").asString()).isEqualTo("PolicyGraph API");
		assertThat(api.at("/components/schemas/Problem/properties/closest").isMissingNode()).isFalse();
		List<String> missing = new ArrayList<>();
		api.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
			String name = op.getKey().toUpperCase() + " " + path.getKey();
			if (op.getValue().get("tags").valueStream().noneMatch(t -> TAGS.contains(t.asString()))) {
				return;
			}
			JsonNode responses = op.getValue().get("responses");
			JsonNode ok = responses.has("200") ? responses.get("200") : responses.get("201");
			if (ok == null || ok.get("content") == null) {
				missing.add(name + ": no answer");
				return;
			}
			boolean schema = ok.get("content").valueStream().anyMatch(m -> m.has("schema"));
			boolean example = ok.get("content").valueStream().anyMatch(m -> m.has("example"));
			if (!schema || !example) {
				missing.add(name + (schema ? "" : ": no schema") + (example ? "" : ": no example"));
			}
			if (!responses.at("/404/content/application~1problem+json/schema/$ref").asString().endsWith("/Problem")) {
				missing.add(name + ": no problem answer");
			}
		}));
		assertThat(missing).isEmpty();
	}

}
