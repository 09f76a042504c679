package io.policygraph.graph;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.policygraph.support.EmbeddedGraphTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running service: health including Neo4j, Neo4j Browser, the discovery document, the schema, the
 * seed load and its idempotence.
 */
class ServiceIT extends EmbeddedGraphTest {

	@BeforeEach
	void seed() throws Exception {
		seedGraph();
	}

	@Test
	void healthIsUpIncludingNeo4j() throws Exception {
		HttpResponse<String> r = get("/actuator/health");
		assertThat(r.statusCode()).isEqualTo(200);
		assertThat(r.body()).contains("\"neo4j\"").contains("\"status\":\"UP\"");
	}

	@Test
	void browserIsServedAtItsFolderUrl() throws Exception {
		HttpResponse<String> r = this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/browser/")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(r.statusCode()).isEqualTo(200);
		assertThat(r.body()).contains("<title>Neo4j Browser</title>");
		assertThat(get("/").body()).contains("bolt_direct").contains("bolt://localhost:");
	}

	@Test
	void apiIsDescribedWithOpenApi() throws Exception {
		HttpResponse<String> r = get("/v3/api-docs");
		assertThat(r.statusCode()).isEqualTo(200);
		assertThat(r.body()).contains("/api/measures/{id}").contains("/api/agencies/{id}/responsibilities");
	}

	@Test
	void schemaIsVersionedAndConstraintsExist() {
		assertThat(count("MATCH (v:SchemaVersion) RETURN max(v.version) AS c")).isGreaterThanOrEqualTo(3);
		assertThat(count("SHOW CONSTRAINTS YIELD name WHERE name = 'measure_id' RETURN count(*) AS c")).isEqualTo(1);
		assertThat(count("SHOW INDEXES YIELD name, type WHERE name = 'search' AND type = 'FULLTEXT' RETURN count(*) AS c"))
			.isEqualTo(1);
	}

	@Test
	void statsShowTheSeedCorpus() throws Exception {
		HttpResponse<String> r = get("/api/stats");
		assertThat(r.statusCode()).isEqualTo(200);
		assertThat(r.body()).contains("\"Document\":27").contains("\"SourceFile\":5").contains("LEADS");
	}

	@Test
	void loadingTheSeedAgainDuplicatesNothing() throws Exception {
		long nodes = count("MATCH (n) RETURN count(n) AS c");
		long edges = count("MATCH ()-[r]->() RETURN count(r) AS c");
		var summary = this.seedLoader.load();
		// five files, 27 documents, all already stored
		assertThat(summary.unchanged()).hasSize(27);
		assertThat(summary.created()).isEmpty();
		assertThat(count("MATCH (n) RETURN count(n) AS c")).isEqualTo(nodes);
		assertThat(count("MATCH ()-[r]->() RETURN count(r) AS c")).isEqualTo(edges);
	}

	@Test
	void chineseSearchFindsMeasuresThroughTheCjkIndex() {
		assertThat(count("CALL db.index.fulltext.queryNodes('search', '加氢站') YIELD node RETURN count(node) AS c"))
			.isGreaterThan(0);
	}

}
