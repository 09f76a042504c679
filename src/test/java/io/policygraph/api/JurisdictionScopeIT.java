package io.policygraph.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.policygraph.support.EmbeddedGraphTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code jurisdiction} and {@code scope} mean the same on documents, agencies and analytics: each filtered
 * answer equals a hand-written Cypher count over the place hierarchy of the seed graph.
 */
class JurisdictionScopeIT extends EmbeddedGraphTest {

	/** The place and every place under it, through the hierarchy as the graph holds it. */
	static final String WITHIN = "(p.id = $place OR (p)-[:PART_OF*1..6]->(:Place {id: $place}))";

	private final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void seed() throws Exception {
		seedGraph();
	}

	private JsonNode getJson(String path) throws Exception {
		var r = get(path);
		assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(200);
		return this.json.readTree(r.body());
	}

	private long cypher(String query, String place) {
		try (var session = this.driver.session()) {
			return session.run(query, java.util.Map.of("place", place)).single().get(0).asLong();
		}
	}

	@Test
	void documentsOfJinanIncludeItsDistrictsAndZonesUnlessExact() throws Exception {
		JsonNode within = getJson("/api/documents?jurisdiction=jinan&size=200");
		assertThat(within.get("total").asLong()).isEqualTo(cypher(
				"MATCH (d:Document)-[:IN_JURISDICTION]->(p:Place) WHERE " + WITHIN + " RETURN count(d)", "jinan"));
		assertThat(within.get("items").findValuesAsString("jurisdiction")).contains("jinan-qibuqu", "jinan-shizhong");
		JsonNode byName = getJson("/api/documents?jurisdiction=" + URLEncoder.encode("济南市", StandardCharsets.UTF_8) + "&size=200");
		assertThat(byName.get("total").asLong()).isEqualTo(within.get("total").asLong());
		JsonNode exact = getJson("/api/documents?jurisdiction=jinan&scope=exact&size=200");
		assertThat(exact.get("total").asLong()).isEqualTo(cypher("MATCH (d:Document {jurisdiction: $place}) RETURN count(d)", "jinan"))
			.isLessThan(within.get("total").asLong());
	}

	@Test
	void agenciesFollowTheSameScope() throws Exception {
		for (String place : new String[] { "jinan", "tianjin", "cangzhou" }) {
			assertThat(getJson("/api/agencies?jurisdiction=" + place).get("total").asLong()).as(place).isEqualTo(cypher("""
					MATCH (a), (p:Place {id: a.place}) WHERE (a:Agency OR a:AgencyGroup OR a:Organisation) AND %s
					RETURN count(a)""".formatted(WITHIN), place));
			assertThat(getJson("/api/agencies?scope=exact&jurisdiction=" + place).get("total").asLong()).as(place).isEqualTo(cypher("""
					MATCH (a) WHERE (a:Agency OR a:AgencyGroup OR a:Organisation) AND a.place = $place RETURN count(a)""", place));
		}
	}

	@Test
	void analyticsCountOnlyTheBodiesInScopeAndNoInheritedLoadWhenAskedNotTo() throws Exception {
		JsonNode explicit = getJson("/api/analytics/agencies?jurisdiction=jinan&inherited=false&top=500");
		assertThat(explicit.get("workload").findValuesAsString("jurisdiction"))
			.allMatch(p -> p.equals("jinan") || p.startsWith("jinan-"));
		explicit.get("workload").forEach(w -> assertThat(w.get("inherited").asInt()).as(w.get("id").asString()).isZero());
		assertThat(explicit.get("workload").size()).isEqualTo((int) cypher("""
				MATCH (a)-[r:LEADS|RESPONSIBLE_FOR]->(:Measure), (p:Place {id: a.place})
				WHERE NOT r.inherited AND %s RETURN count(DISTINCT a)""".formatted(WITHIN), "jinan"));
	}

	@Test
	void aPlacesBodiesAreThoseOnMeasuresOfItsDocumentsAndTheDocumentsOfPlacesUnderIt() throws Exception {
		JsonNode load = getJson("/api/places/jinan/responsibilities?size=200&inherited=false");
		assertThat(load.get("place").get("id").asString()).isEqualTo("jinan");
		assertThat(load.get("bodies").get("total").asLong()).isEqualTo(cypher("""
				MATCH (d:Document)-[:IN_JURISDICTION]->(p:Place) WHERE %s
				MATCH (a)-[r:LEADS|RESPONSIBLE_FOR]->(:Measure {documentId: d.id}) WHERE NOT r.inherited
				RETURN count(DISTINCT a)""".formatted(WITHIN), "jinan"));
		load.get("bodies").get("items").forEach(b -> assertThat(b.get("inherited").asInt()).isZero());
	}

	@Test
	void anUnknownPlaceIsNotFoundWithTheClosestKnownOnes() throws Exception {
		for (String path : new String[] { "/api/documents?jurisdiction=jinna", "/api/agencies?jurisdiction=jinna",
				"/api/analytics/agencies?jurisdiction=jinna" }) {
			var r = get(path);
			assertThat(r.statusCode()).as(path).isEqualTo(404);
			assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
			assertThat(this.json.readTree(r.body()).get("closest").findValuesAsString("id")).as(path).contains("jinan");
		}
		assertThat(get("/api/documents?jurisdiction=jinan&scope=nearby").statusCode()).isEqualTo(400);
	}

}
