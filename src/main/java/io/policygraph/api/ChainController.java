package io.policygraph.api;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.policygraph.graph.Vocabulary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Industry chains, parks and projects: who carries them.
 */
@RestController
@Tag(name = "chains", description = "Chains and segments, parks, projects and the bodies that carry them")
class ChainController {

	/** Bodies on a measure, as a projection. */
	private static final String BODIES = "[(a)-[r:" + Vocabulary.RESPONSIBILITY + "]->(m) | {id: a.id, name: a.name, role: r.role}]";

	/** Bodies on a measure that pass {@code $inherited}, as a projection. */
	private static final String FILTERED_BODIES = "[(a)-[r:" + Vocabulary.RESPONSIBILITY + "]->(m) WHERE $inherited OR NOT r.inherited"
			+ " | {id: a.id, name: a.name, role: r.role}]";

	/**
	 * A node named in an answer.
	 *
	 * @param id its id
	 * @param name its name
	 */
	record Ref(String id, String name) {
	}

	/**
	 * A body on a measure.
	 *
	 * @param id body id
	 * @param name its name
	 * @param role lead, responsible or inherited
	 */
	record Carrier(String id, String name, String role) {
	}

	/**
	 * A measure supporting something, with who carries it.
	 *
	 * @param measure measure id
	 * @param document its document
	 * @param path section path
	 * @param excerpt the start of its text
	 * @param bodies the bodies on it
	 */
	record SupportingMeasure(String measure, String document, String path, String excerpt, List<Carrier> bodies) {
	}

	/**
	 * A segment in the list of chains.
	 *
	 * @param id segment id
	 * @param name its name
	 * @param position upstream, midstream or downstream
	 * @param order its place along the chain
	 * @param measures how many measures support it
	 */
	record SegmentSummary(String id, String name, String position, Integer order, long measures) {
	}

	/**
	 * A chain and its segments.
	 *
	 * @param id chain id
	 * @param name its name
	 * @param aliases other names the texts use
	 * @param supportingMeasures distinct measures supporting the chain or any of its segments
	 * @param segments its segments
	 */
	record ChainSummary(String id, String name, List<String> aliases, long supportingMeasures, List<SegmentSummary> segments) {
	}

	/**
	 * @param id project id
	 * @param name its name
	 * @param status 在建, 新建 …
	 * @param investmentYi investment in 亿元
	 */
	record ProjectRef(String id, String name, String status, Double investmentYi) {
	}

	/**
	 * A segment of a chain (or the chain itself, order -1) with what supports it.
	 *
	 * @param id segment or chain id
	 * @param name its name
	 * @param position upstream, midstream or downstream
	 * @param order its place along the chain; -1 for the chain itself
	 * @param feeds ids of the segments it feeds
	 * @param measures the measures supporting it and who carries them
	 * @param parks parks hosting it
	 * @param projects projects belonging to it
	 */
	record SegmentDetail(String id, String name, String position, Integer order, List<String> feeds,
			List<SupportingMeasure> measures, List<Ref> parks, List<ProjectRef> projects) {
	}

	/**
	 * @param id chain id
	 * @param name its name
	 * @param aliases other names the texts use
	 * @param segments the chain itself and its segments, in order
	 */
	record ChainDetail(String id, String name, List<String> aliases, List<SegmentDetail> segments) {
	}

	/**
	 * @param id park id
	 * @param name its name
	 * @param place where it is
	 * @param hosts the chains and segments it hosts
	 * @param projects projects located in it
	 * @param measures the measures supporting it and who carries them
	 */
	record ParkDetail(String id, String name, List<Ref> place, List<Ref> hosts, List<ProjectRef> projects,
			List<SupportingMeasure> measures) {
	}

	/**
	 * @param id project id
	 * @param name its name
	 * @param investmentYi investment in 亿元
	 * @param status 在建, 新建 …
	 * @param year the year named with it
	 * @param locatedIn the park or place it is in
	 * @param chains the chains and segments it belongs to
	 * @param measures the measures naming it and who carries them
	 */
	record ProjectDetail(String id, String name, Double investmentYi, String status, Integer year, List<Ref> locatedIn,
			List<Ref> chains, List<SupportingMeasure> measures) {
	}

	private final GraphQueries graph;

	private final Filters filters;

	ChainController(GraphQueries graph, Filters filters) {
		this.graph = graph;
		this.filters = filters;
	}

	@GetMapping("/api/chains")
	@Operation(summary = "Chains with their segments and how many measures support each; jurisdiction + scope and asOf "
			+ "count only measures of documents of those places in force that day")
	List<ChainSummary> chains(@RequestParam(required = false) String jurisdiction,
			@RequestParam(defaultValue = "within") String scope,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return this.graph.rows("""
				MATCH (c:Chain)
				RETURN c.id AS id, c.name AS name, c.aliases AS aliases,
				       COUNT { MATCH (c)<-[:SEGMENT_OF*0..1]-()<-[:SUPPORTS]-(m:Measure) WHERE %1$s RETURN DISTINCT m } AS supportingMeasures,
				       [(c)<-[:SEGMENT_OF]-(s:ChainSegment) | s {.id, .name, .position, .order,
				         measures: COUNT { MATCH (s)<-[:SUPPORTS]-(m:Measure) WHERE %1$s RETURN DISTINCT m }}] AS segments
				ORDER BY id""".formatted(Vocabulary.measureInScope("m")), this.filters.of(jurisdiction, scope, asOf).into(new HashMap<>()),
				ChainSummary.class);
	}

	@GetMapping("/api/chains/{id}/responsibilities")
	@Operation(summary = "Per segment: the supporting measures and their bodies, the parks and the projects; jurisdiction + "
			+ "scope and asOf keep measures of documents of those places in force that day; inherited=false leaves out "
			+ "bodies given by a default rule")
	ChainDetail responsibilities(@PathVariable String id, @RequestParam(required = false) String jurisdiction,
			@RequestParam(defaultValue = "within") String scope,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "true") boolean inherited) {
		Map<String, Object> p = this.filters.of(jurisdiction, scope, asOf, inherited, "any").into(new HashMap<>());
		p.put("id", id);
		Map<String, Object> chain = this.graph.one("MATCH (c:Chain {id: $id}) RETURN c {.id, .name, .aliases} AS chain", Map.of("id", id));
		if (chain == null) {
			throw new NotFoundException("chain", id);
		}
		List<SegmentDetail> segments = this.graph.rows("""
				MATCH (c:Chain {id: $id})
				CALL (c) {
				  MATCH (s:ChainSegment)-[:SEGMENT_OF]->(c) RETURN s
				  UNION
				  RETURN c AS s
				}
				RETURN s.id AS id, s.name AS name, s.position AS position, coalesce(s.order, -1) AS order,
				       [(s)-[:FEEDS]->(t) | t.id] AS feeds,
				       [(s)<-[:SUPPORTS]-(m:Measure) WHERE %s | {measure: m.id, document: m.documentId, path: m.path,
				         excerpt: left(m.text, 80), bodies: %s}] AS measures,
				       [(k:Park)-[:HOSTS]->(s) | k {.id, .name}] AS parks,
				       [(x:Project)-[:BELONGS_TO]->(s) | x {.id, .name, .status, .investmentYi}] AS projects
				ORDER BY order""".formatted(Vocabulary.measureInScope("m"), FILTERED_BODIES), p, SegmentDetail.class);
		ChainDetail head = this.graph.as(chain.get("chain"), ChainDetail.class);
		return new ChainDetail(head.id(), head.name(), head.aliases(), segments);
	}

	@GetMapping("/api/parks/{id}")
	@Operation(summary = "A park: where it is, the chains it hosts, the measures that support it and who carries them")
	ParkDetail park(@PathVariable String id) {
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
		return this.graph.as(row, ParkDetail.class);
	}

	@GetMapping("/api/projects/{id}")
	@Operation(summary = "A project: investment, status, year, place or park, chains, the measures naming it and who carries them")
	ProjectDetail project(@PathVariable String id) {
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
		return this.graph.as(row, ProjectDetail.class);
	}

}
