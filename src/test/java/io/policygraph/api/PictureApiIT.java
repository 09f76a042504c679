package io.policygraph.api;

import java.util.HashSet;
import java.util.Set;

import io.policygraph.support.EmbeddedGraphTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbench's pictures over HTTP on the seed graph, checked against the graph itself.
 */
class PictureApiIT extends EmbeddedGraphTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void seed() throws Exception {
		seedGraph();
	}

	@Test
	void anAgencysPictureHoldsEachMeasureItCarriesOnceWithAnEdgeFromIt() throws Exception {
		JsonNode picture = this.json.readTree(get("/api/pictures/agencies/jinan%3A%E7%94%9F%E6%80%81%E7%8E%AF%E5%A2%83%E5%B1%80").body());
		long carried = count("MATCH (:Agency {id: 'jinan:生态环境局'})-[:LEADS|RESPONSIBLE_FOR]->(m:Measure) RETURN count(DISTINCT m)");
		Set<String> ids = new HashSet<>();
		int measures = 0;
		for (JsonNode n : picture.get("nodes")) {
			assertThat(ids.add(n.get("id").asString())).as("node %s once", n.get("id")).isTrue();
			measures += "Measure".equals(n.get("type").asString()) ? 1 : 0;
		}
		assertThat(measures).isEqualTo(carried).isEqualTo(picture.get("measuresTotal").asInt());
		int fromFocus = 0;
		for (JsonNode e : picture.get("edges")) {
			assertThat(ids).contains(e.get("from").asString(), e.get("to").asString());
			fromFocus += "jinan:生态环境局".equals(e.get("from").asString()) ? 1 : 0;
		}
		assertThat(fromFocus).isEqualTo(carried);
	}

	@Test
	void aSmallLimitCutsWholeMeasuresAndSaysSo() throws Exception {
		JsonNode picture = this.json.readTree(get("/api/pictures/agencies/jinan%3A%E7%94%9F%E6%80%81%E7%8E%AF%E5%A2%83%E5%B1%80?limit=10").body());
		assertThat(picture.get("nodes").size()).isLessThanOrEqualTo(10);
		assertThat(picture.get("truncated").asBoolean()).isTrue();
		assertThat(picture.get("measuresShown").asInt()).isLessThan(picture.get("measuresTotal").asInt());
	}

	@Test
	void aDocumentsMatrixCountsEveryResponsibilityEdgeOfItsMeasures() throws Exception {
		// the 无废城市 plan; ids follow the content (ADR 0011), so it is found by its title
		String document;
		try (var session = this.driver.session()) {
			document = session.run("MATCH (d:Document) WHERE d.title STARTS WITH '济南市“无废城市”建设实施方案' RETURN d.id AS id LIMIT 1")
				.single()
				.get("id")
				.asString();
		}
		JsonNode matrix = this.json.readTree(get("/api/pictures/documents/" + document + "/matrix").body());
		long sum = 0;
		for (JsonNode c : matrix.get("cells")) {
			sum += c.get("lead").asLong() + c.get("responsible").asLong() + c.get("inherited").asLong();
		}
		assertThat(sum).isPositive().isEqualTo(count(
				"MATCH (:Measure {documentId: '" + document + "'})<-[r:LEADS|RESPONSIBLE_FOR]-() RETURN count(r)"));
	}

	@Test
	void groupedSearchCountsWhatTheSearchOfEachKindCounts() throws Exception {
		JsonNode groups = this.json.readTree(get("/api/search/groups?q=%E6%B0%A2%E8%83%BD&per=3").body());
		assertThat(groups.get("groups").size()).isGreaterThan(2);
		for (JsonNode g : groups.get("groups")) {
			JsonNode one = this.json.readTree(get("/api/search?q=%E6%B0%A2%E8%83%BD&size=3&type=" + g.get("type").asString()).body());
			assertThat(g.get("total").asLong()).as(g.get("type").asString()).isEqualTo(one.get("total").asLong());
			assertThat(g.get("hits").findValuesAsString("id")).isEqualTo(one.get("items").findValuesAsString("id"));
		}
	}

	@Test
	void aChainsSegmentsCountDistinctMeasuresAndOnlyDocumentsInForce() throws Exception {
		JsonNode all = this.json.readTree(get("/api/pictures/chains/hydrogen").body());
		JsonNode later = this.json.readTree(get("/api/pictures/chains/hydrogen?before=2025-09-01").body());
		for (int i = 0; i < all.get("segments").size(); i++) {
			JsonNode s = all.get("segments").get(i);
			String id = s.get("id").asString();
			assertThat(s.get("measures").asLong()).as(id).isEqualTo(count("MATCH ({id: '" + id + "'})<-[:SUPPORTS]-(m:Measure) RETURN count(DISTINCT m)"));
			assertThat(s.get("inForce").asLong()).as(id).isEqualTo(s.get("measures").asLong());
			assertThat(later.get("segments").get(i).get("inForce").asLong()).as(id).isEqualTo(count("MATCH ({id: '" + id
					+ "'})<-[:SUPPORTS]-(m:Measure) MATCH (d:Document {id: m.documentId}) WHERE d.validTo IS NULL OR d.validTo > date('2025-09-01') "
					+ "RETURN count(DISTINCT m)"));
		}
		assertThat(get("/api/pictures/chains/nothing").statusCode()).isEqualTo(404);
	}

	@Test
	void unknownIdsAnswer404AndBadLimits400() throws Exception {
		assertThat(get("/api/pictures/agencies/nowhere%3A%E6%97%A0").statusCode()).isEqualTo(404);
		assertThat(get("/api/pictures/documents/doc-none/matrix").statusCode()).isEqualTo(404);
		assertThat(get("/api/pictures/agencies/jinan%3A%E7%94%9F%E6%80%81%E7%8E%AF%E5%A2%83%E5%B1%80?limit=0").statusCode()).isEqualTo(400);
		assertThat(get("/api/pictures/agencies/jinan%3A%E7%94%9F%E6%80%81%E7%8E%AF%E5%A2%83%E5%B1%80?limit=3001").statusCode()).isEqualTo(400);
	}

}
