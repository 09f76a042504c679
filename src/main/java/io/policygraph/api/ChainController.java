package io.policygraph.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.policygraph.graph.Vocabulary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Industry chains, parks and projects: who carries them.
 */
@RestController
@Tag(name = "chains", description = "Chains and segments, parks, projects and the bodies that carry them")
class ChainController {

	/** Bodies on a measure, explicit first, as a projection. */
	private static final String BODIES = "[(a)-[r:" + Vocabulary.RESPONSIBILITY + "]->(m) | {id: a.id, name: a.name, role: r.role}]";

	private final GraphQueries graph;

	ChainController(GraphQueries graph) {
		this.graph = graph;
	}

	@GetMapping("/api/chains")
	@Operation(summary = "Chains with their segments and how many measures support each")
	List<Map<String, Object>> chains() {
		return this.graph.rows("""
				MATCH (c:Chain)
				RETURN c.id AS id, c.name AS name, c.aliases AS aliases,
				       COUNT { MATCH (c)<-[:SEGMENT_OF*0..1]-()<-[:SUPPORTS]-(m:Measure) RETURN DISTINCT m } AS supportingMeasures,
				       [(c)<-[:SEGMENT_OF]-(s:ChainSegment) | s {.id, .name, .position, .order,
				         measures: COUNT { (s)<-[:SUPPORTS]-(:Measure) }}] AS segments
				ORDER BY id""", Map.of());
	}

	@GetMapping("/api/chains/{id}/responsibilities")
	@Operation(summary = "Per segment: the supporting measures and their bodies, the parks and the projects")
	Map<String, Object> responsibilities(@PathVariable String id) {
		Map<String, Object> chain = this.graph.one("MATCH (c:Chain {id: $id}) RETURN c {.id, .name, .aliases} AS chain", Map.of("id", id));
		if (chain == null) {
			throw new NotFoundException("chain", id);
		}
		List<Map<String, Object>> segments = this.graph.rows("""
				MATCH (c:Chain {id: $id})
				CALL (c) {
				  MATCH (s:ChainSegment)-[:SEGMENT_OF]->(c) RETURN s
				  UNION
				  RETURN c AS s
				}
				RETURN s.id AS id, s.name AS name, s.position AS position, coalesce(s.order, -1) AS order,
				       [(s)-[:FEEDS]->(t) | t.id] AS feeds,
				       [(s)<-[:SUPPORTS]-(m:Measure) | {measure: m.id, document: m.documentId, path: m.path,
				         excerpt: left(m.text, 80), bodies: %s}] AS measures,
				       [(k:Park)-[:HOSTS]->(s) | k {.id, .name}] AS parks,
				       [(x:Project)-[:BELONGS_TO]->(s) | x {.id, .name, .status, .investmentYi}] AS projects
				ORDER BY order""".formatted(BODIES), Map.of("id", id));
		Map<String, Object> out = new LinkedHashMap<>(MeasureController.castMap(chain.get("chain")));
		List<Map<String, Object>> parts = new ArrayList<>(segments);
		out.put("segments", parts);
		return out;
	}

	@GetMapping("/api/parks/{id}")
	@Operation(summary = "A park: where it is, the chains it hosts, the measures that support it and who carries them")
	Map<String, Object> park(@PathVariable String id) {
		Map<String, Object> row = this.graph.one("""
				MATCH (k:Park {id: $id})
				RETURN k.id AS id, k.name AS name,
				       [(k)-[:LOCATED_IN]->(p:Place) | p {.id, .name}] AS place,
				       [(k)-[:HOSTS]->(c) | {id: c.id, name: c.name}] AS hosts,
				       [(k)<-[:LOCATED_IN]-(x:Project) | x {.id, .name, .status}] AS projects,
				       [(k)<-[:SUPPORTS]-(m:Measure) | {measure: m.id, document: m.documentId, path: m.path,
				         excerpt: left(m.text, 80), bodies: %s}] AS measures""".formatted(BODIES), Map.of("id", id));
		if (row == null) {
			throw new NotFoundException("park", id);
		}
		return row;
	}

	@GetMapping("/api/projects/{id}")
	@Operation(summary = "A project: investment, status, year, place or park, chains, the measures naming it and who carries them")
	Map<String, Object> project(@PathVariable String id) {
		Map<String, Object> row = this.graph.one("""
				MATCH (x:Project {id: $id})
				RETURN x.id AS id, x.name AS name, x.investmentYi AS investmentYi, x.status AS status, x.year AS year,
				       [(x)-[:LOCATED_IN]->(p) | {id: p.id, name: p.name}] AS locatedIn,
				       [(x)-[:BELONGS_TO]->(c) | {id: c.id, name: c.name}] AS chains,
				       [(x)<-[:SUPPORTS]-(m:Measure) | {measure: m.id, document: m.documentId, path: m.path,
				         excerpt: left(m.text, 80), bodies: %s}] AS measures""".formatted(BODIES), Map.of("id", id));
		if (row == null) {
			throw new NotFoundException("project", id);
		}
		return row;
	}

}
