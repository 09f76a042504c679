package io.policygraph.api;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.policygraph.support.EmbeddedGraphTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Upload, upload again, conflict, replacement and deletion of a document through the API, on a graph
 * with the reference data only.
 */
class DocumentLifecycleIT extends EmbeddedGraphTest {

	static final String PLAN = "沧州市测试若干措施\n一、任务\n1.推进测试。（责任单位：市财政局、市发展改革委）\n"
			+ "2.建设测试园区。（牵头单位：市海洋渔业智慧局；责任单位：市财政局）\n";

	private final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void referenceDataOnly() {
		clean();
		this.seedLoader.load(List.of());
	}

	private HttpResponse<String> upload(String query, String text, boolean withKey) throws Exception {
		HttpRequest.Builder post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/documents?" + query))
			.header("Content-Type", "text/plain; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
		if (withKey) {
			post.header("X-API-Key", API_KEY);
		}
		return this.http.send(post.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> delete(String id, boolean withKey) throws Exception {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/documents/" + enc(id))).DELETE();
		if (withKey) {
			b.header("X-API-Key", API_KEY);
		}
		return this.http.send(b.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	@Test
	void theSameBytesAreTheSameDocument() throws Exception {
		HttpResponse<String> first = upload("name=a.txt", PLAN, true);
		assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
		JsonNode created = this.json.readTree(first.body()).get("created").get(0);
		assertThat(created.get("jurisdiction").asString()).isEqualTo("cangzhou");
		assertThat(created.get("jurisdictionEvidence").asString()).isEqualTo("title");
		assertThat(created.get("measures").asInt()).isEqualTo(2);
		assertThat(created.get("facts").asInt()).isEqualTo(4);

		HttpResponse<String> again = upload("name=b.txt", PLAN, true);
		assertThat(again.statusCode()).isEqualTo(200);
		JsonNode answer = this.json.readTree(again.body());
		assertThat(answer.get("created").size()).isZero();
		assertThat(answer.get("unchanged").get(0).get("id").asString()).isEqualTo(created.get("id").asString());
		assertThat(answer.get("unchanged").get(0).get("facts").asInt()).isEqualTo(4);
		assertThat(count("MATCH (d:Document) RETURN count(d) AS c")).isEqualTo(1);
	}

	@Test
	void anotherTextUnderTheSameTitleIsAConflictUntilItReplaces() throws Exception {
		String oldId = this.json.readTree(upload("name=a.txt", PLAN, true).body()).get("created").get(0).get("id").asString();
		String changed = PLAN.replace("（牵头单位：市海洋渔业智慧局；责任单位：市财政局）", "（牵头单位：市财政局）");

		HttpResponse<String> conflict = upload("name=a.txt", changed, true);
		assertThat(conflict.statusCode()).isEqualTo(409);
		assertThat(conflict.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
		JsonNode problem = this.json.readTree(conflict.body());
		assertThat(problem.get("detail").asString()).contains(oldId).contains("replace=" + oldId);
		assertThat(problem.get("conflicts").get(0).get("id").asString()).isEqualTo(oldId);
		assertThat(count("MATCH (d:Document) RETURN count(d) AS c")).isEqualTo(1);

		HttpResponse<String> replaced = upload("name=a.txt&replace=" + enc(oldId), changed, true);
		assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(201);
		JsonNode answer = this.json.readTree(replaced.body());
		String newId = answer.get("created").get(0).get("id").asString();
		assertThat(newId).isNotEqualTo(oldId);
		assertThat(answer.get("replaced").get(0).get("id").asString()).isEqualTo(oldId);
		assertThat(answer.get("replaced").get(0).get("replacedBy").asString()).isEqualTo(newId);
		assertThat(count("MATCH (d:Document {id: '" + oldId + "'}) RETURN count(d) AS c")).isZero();
		assertThat(count("MATCH (d:Document {id: '" + newId + "'}) WHERE d.supersedes = ['" + oldId + "'] AND size(d.supersededSha256) = 1 "
				+ "AND size(d.supersededAt) = 1 RETURN count(d) AS c")).isEqualTo(1);
		// the provisional body only the old text named is gone with it
		assertThat(count("MATCH (a:Agency {provisional: true}) RETURN count(a) AS c")).isZero();

		assertThat(upload("name=a.txt&replace=doc-000000000000", PLAN + "3.补充。\n", true).statusCode()).isEqualTo(404);
	}

	@Test
	void aJurisdictionIsAskedForWhenNothingNamesOne() throws Exception {
		String excerpt = "一、任务\n1.推进测试。（责任单位：市财政局、市发展改革委）\n";
		HttpResponse<String> refused = upload("name=excerpt.txt", excerpt, true);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(this.json.readTree(refused.body()).get("parameter").asString()).isEqualTo("jurisdiction");
		assertThat(count("MATCH (d:Document) RETURN count(d) AS c")).isZero();

		assertThat(upload("name=excerpt.txt&jurisdiction=" + enc("火星市"), excerpt, true).statusCode()).isEqualTo(422);

		HttpResponse<String> ok = upload("name=excerpt.txt&jurisdiction=" + enc("沧州市") + "&title=" + enc("沧州市任务摘录")
				+ "&issued=2025-03-01&docNo=" + enc("沧政字〔2025〕1号"), excerpt, true);
		assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
		JsonNode created = this.json.readTree(ok.body()).get("created").get(0);
		assertThat(created.get("jurisdiction").asString()).isEqualTo("cangzhou");
		assertThat(created.get("jurisdictionEvidence").asString()).isEqualTo("parameter");
		assertThat(count("""
				MATCH (d:Document {title: '沧州市任务摘录', docNo: '沧政字〔2025〕1号', issuedOn: date('2025-03-01')})-[:IN_JURISDICTION]->(:Place {id: 'cangzhou'})
				RETURN count(d) AS c""")).isEqualTo(1);
		assertThat(count("MATCH (:Agency {id: 'cangzhou:财政局'})-[:RESPONSIBLE_FOR]->(m:Measure) RETURN count(m) AS c")).isEqualTo(1);
	}

	@Test
	void deletingNeedsTheKeyAndRemovesTheDocumentAndWhatOnlyItHeld() throws Exception {
		long before = count("MATCH (n) RETURN count(n) AS c");
		String id = this.json.readTree(upload("name=a.txt", PLAN, true).body()).get("created").get(0).get("id").asString();
		assertThat(delete(id, false).statusCode()).isEqualTo(401);
		HttpResponse<String> deleted = delete(id, true);
		assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
		assertThat(this.json.readTree(deleted.body()).get("deleted").get("measures").asInt()).isEqualTo(2);
		// what is left is the reference data and the record of the file (its digest, what was retired)
		assertThat(count("MATCH (n) WHERE NOT n:SourceFile RETURN count(n) AS c")).isEqualTo(before);
		assertThat(delete(id, true).statusCode()).isEqualTo(404);

		// the same bytes uploaded again bring the document back, under the same id
		HttpResponse<String> again = upload("name=a.txt", PLAN, true);
		assertThat(again.statusCode()).isEqualTo(201);
		assertThat(this.json.readTree(again.body()).get("created").get(0).get("id").asString()).isEqualTo(id);
	}

}
