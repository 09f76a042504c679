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

	/** In force on $asOf, spelled out apart from the code's predicate: an open side counts as in force. */
	static final String IN_FORCE = "(d.validFrom IS NULL OR d.validFrom <= date($asOf)) AND (d.validTo IS NULL OR d.validTo >= date($asOf))";

	private java.net.http.HttpResponse<String> post(String path, String json) throws Exception {
		return this.http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + this.port + path))
			.header("Content-Type", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(json))
			.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
	}

	private long cypher(String query, java.util.Map<String, Object> params) {
		try (var session = this.driver.session()) {
			return session.run(query, params).single().get(0).asLong();
		}
	}

	@Test
	void documentsInForceOnADayAreThoseWhosePeriodHoldsIt() throws Exception {
		for (String day : new String[] { "2023-06-01", "2026-03-01", "2028-01-01" }) {
			JsonNode inForce = getJson("/api/documents?jurisdiction=jinan&asOf=" + day + "&size=200");
			assertThat(inForce.get("total").asLong()).as(day).isEqualTo(cypher("""
					MATCH (d:Document)-[:IN_JURISDICTION]->(p:Place) WHERE %s AND %s RETURN count(d)""".formatted(WITHIN, IN_FORCE),
					java.util.Map.of("place", "jinan", "asOf", day)));
			assertThat(inForce.get("items").findValuesAsString("validitySource")).as(day).doesNotContainNull();
		}
	}

	@Test
	void anAgencysResponsibilitiesFollowRoleInheritedPlaceAndDay() throws Exception {
		String body = "jinan:生态环境局";
		for (String role : new String[] { "any", "lead", "responsible", "inherited" }) {
			for (String inherited : new String[] { "true", "false" }) {
				for (String place : new String[] { "jinan", "jinan-qibuqu" }) {
					JsonNode answer = getJson("/api/agencies/" + URLEncoder.encode(body, StandardCharsets.UTF_8) + "/responsibilities?role="
							+ role + "&inherited=" + inherited + "&jurisdiction=" + place + "&asOf=2024-06-01&size=200");
					long expected = cypher("""
							MATCH (a {id: $id})-[r:LEADS|RESPONSIBLE_FOR]->(m:Measure)
							WHERE ($role = 'any' OR ($role = 'lead' AND type(r) = 'LEADS')
							       OR ($role = 'responsible' AND type(r) = 'RESPONSIBLE_FOR' AND NOT r.inherited)
							       OR ($role = 'inherited' AND r.inherited))
							  AND ($inherited OR NOT r.inherited)
							MATCH (d:Document {id: m.documentId})-[:IN_JURISDICTION]->(p:Place) WHERE %s AND %s
							RETURN count(DISTINCT m)""".formatted(WITHIN, IN_FORCE), java.util.Map.of("id", body, "role", role,
							"inherited", Boolean.parseBoolean(inherited), "place", place, "asOf", "2024-06-01"));
					String what = role + " inherited=" + inherited + " " + place;
					assertThat(answer.get("total").asLong()).as(what).isEqualTo(expected);
					assertThat(answer.get("items").size()).as(what).isEqualTo((int) expected);
					if (role.equals("any") && inherited.equals("false")) {
						answer.get("items").forEach(i -> assertThat(i.get("inherited").asBoolean()).as(what).isFalse());
					}
				}
			}
		}
	}

	@Test
	void searchKeepsWhatBelongsToThePlace() throws Exception {
		for (String type : new String[] { "Document", "Measure", "Agency" }) {
			JsonNode hits = getJson("/api/search?q=" + URLEncoder.encode("氢能", StandardCharsets.UTF_8) + "&type=" + type
					+ "&jurisdiction=jinan&size=200");
			String inPlace = switch (type) {
				case "Document" -> "MATCH (p:Place {id: node.jurisdiction}) WHERE " + WITHIN;
				case "Measure" -> "MATCH (:Document {id: node.documentId})-[:IN_JURISDICTION]->(p:Place) WHERE " + WITHIN;
				default -> "MATCH (p:Place {id: node.place}) WHERE " + WITHIN;
			};
			assertThat(hits.get("total").asLong()).as(type).isEqualTo(cypher("""
					CALL db.index.fulltext.queryNodes('search', '氢能') YIELD node
					WHERE '%s' IN labels(node) AND EXISTS { %s }
					RETURN count(node)""".formatted(type, inPlace), java.util.Map.of("place", "jinan")));
			JsonNode everywhere = getJson("/api/search?q=" + URLEncoder.encode("氢能", StandardCharsets.UTF_8) + "&type=" + type + "&size=1");
			assertThat(hits.get("total").asLong()).as(type).isLessThanOrEqualTo(everywhere.get("total").asLong());
		}
		JsonNode beijing = getJson("/api/search?q=" + URLEncoder.encode("氢能", StandardCharsets.UTF_8) + "&type=Measure&jurisdiction=beijing");
		assertThat(beijing.get("total").asLong()).isPositive();
	}

	@Test
	void chainsCountOnlyMeasuresOfThePlacesDocumentsInForce() throws Exception {
		JsonNode chains = getJson("/api/chains?jurisdiction=jinan&asOf=2024-06-01");
		for (JsonNode c : chains) {
			assertThat(c.get("supportingMeasures").asLong()).as(c.get("id").asString()).isEqualTo(cypher("""
					MATCH (:Chain {id: $chain})<-[:SEGMENT_OF*0..1]-()<-[:SUPPORTS]-(m:Measure)
					MATCH (d:Document {id: m.documentId})-[:IN_JURISDICTION]->(p:Place) WHERE %s AND %s
					RETURN count(DISTINCT m)""".formatted(WITHIN, IN_FORCE),
					java.util.Map.of("chain", c.get("id").asString(), "place", "jinan", "asOf", "2024-06-01")));
		}
		String busiest = chains.valueStream().max(java.util.Comparator.comparingLong(c -> c.get("supportingMeasures").asLong()))
			.orElseThrow().get("id").asString();
		JsonNode detail = getJson("/api/chains/" + URLEncoder.encode(busiest, StandardCharsets.UTF_8)
				+ "/responsibilities?jurisdiction=jinan&asOf=2024-06-01&inherited=false");
		java.util.Set<String> listed = new java.util.HashSet<>();
		detail.get("segments").forEach(s -> s.get("measures").forEach(m -> {
			listed.add(m.get("measure").asString());
			m.get("bodies").forEach(b -> assertThat(b.get("role").asString()).isNotEqualTo("inherited"));
		}));
		assertThat(listed).hasSize((int) chains.valueStream().filter(c -> c.get("id").asString().equals(busiest)).findFirst()
			.orElseThrow().get("supportingMeasures").asLong());
	}

	@Test
	void expiryAndImpactFollowThePlace() throws Exception {
		JsonNode expiring = getJson("/api/impact/expiring?before=2025-12-31&jurisdiction=jinan&asOf=2024-01-01");
		assertThat(expiring.get("documentCount").asLong()).isEqualTo(cypher("""
				MATCH (d:Document)-[:IN_JURISDICTION]->(p:Place) WHERE %s AND %s AND d.validTo <= date('2025-12-31')
				RETURN count(d)""".formatted(WITHIN, IN_FORCE), java.util.Map.of("place", "jinan", "asOf", "2024-01-01")));
		assertThat(expiring.get("documents").findValuesAsString("validitySource")).contains("period");

		String body = "jinan:生态环境局";
		var r = post("/api/impact/agency-change", "{\"agency\": \"" + body + "\", \"change\": \"remove\", \"jurisdiction\": "
				+ "\"jinan-qibuqu\", \"inherited\": false}");
		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
		JsonNode impact = this.json.readTree(r.body());
		assertThat(impact.get("jurisdiction").asString()).isEqualTo("jinan-qibuqu");
		assertThat(impact.get("measuresAffected").asLong()).isEqualTo(cypher("""
				MATCH (a {id: $id})-[r:LEADS|RESPONSIBLE_FOR]->(m:Measure) WHERE NOT r.inherited
				MATCH (d:Document {id: m.documentId})-[:IN_JURISDICTION]->(p:Place) WHERE %s
				RETURN count(DISTINCT m)""".formatted(WITHIN), java.util.Map.of("id", body, "place", "jinan-qibuqu")));
	}

	@Test
	void anUnknownPlaceIsNotFoundWithTheClosestKnownOnes() throws Exception {
		for (String path : new String[] { "/api/documents?jurisdiction=jinna", "/api/agencies?jurisdiction=jinna",
				"/api/analytics/agencies?jurisdiction=jinna", "/api/search?q=x&jurisdiction=jinna", "/api/chains?jurisdiction=jinna",
				"/api/impact/expiring?before=2025-01-01&jurisdiction=jinna", "/api/places/jinna/responsibilities",
				"/api/agencies/" + URLEncoder.encode("jinan:生态环境局", StandardCharsets.UTF_8) + "/responsibilities?jurisdiction=jinna" }) {
			var r = get(path);
			assertThat(r.statusCode()).as(path).isEqualTo(404);
			assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
			assertThat(this.json.readTree(r.body()).get("closest").findValuesAsString("id")).as(path).contains("jinan");
		}
		assertThat(get("/api/documents?jurisdiction=jinan&scope=nearby").statusCode()).isEqualTo(400);
	}

	@Test
	void aPlaceOnlyTheGraphHoldsIsKnownWithThePlacesUnderIt() throws Exception {
		try (var session = this.driver.session()) {
			session.run("""
					CREATE (p:Place {id: 'it-p0', name: '测试省', kind: 'province'}),
					       (c:Place {id: 'it-p0-c0', name: '测试市', kind: 'city'})-[:PART_OF]->(p),
					       (d:Place {id: 'it-p0-c0-d1', name: '测试区', kind: 'district'})-[:PART_OF]->(c),
					       (:Agency {id: 'it-p0-c0:发展改革委', name: '测试市发展改革委', place: 'it-p0-c0'}),
					       (:Agency {id: 'it-p0-c0-d1:发展改革局', name: '测试区发展改革局', place: 'it-p0-c0-d1'})""").consume();
		}
		try {
			assertThat(getJson("/api/agencies?jurisdiction=it-p0").get("total").asLong()).isEqualTo(2);
			assertThat(getJson("/api/agencies?jurisdiction=" + URLEncoder.encode("测试市", StandardCharsets.UTF_8)).get("total").asLong())
				.isEqualTo(2);
			assertThat(getJson("/api/agencies?jurisdiction=it-p0-c0&scope=exact").get("items").findValuesAsString("id"))
				.containsExactly("it-p0-c0:发展改革委");
			assertThat(getJson("/api/agencies?jurisdiction=it-p0&scope=exact").get("total").asLong()).isZero();
			assertThat(get("/api/agencies?jurisdiction=it-p9").statusCode()).isEqualTo(404);
		}
		finally {
			try (var session = this.driver.session()) {
				session.run("MATCH (n) WHERE n.id STARTS WITH 'it-p0' DETACH DELETE n").consume();
			}
		}
	}

}
