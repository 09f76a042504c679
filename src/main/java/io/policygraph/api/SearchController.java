package io.policygraph.api;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Full-text search in Chinese (the {@code cjk} analyzer) over bodies, measures, documents and places, and
 * the shortest connections between two things.
 */
@RestController
@Tag(name = "search")
class SearchController {

	static final Set<String> TYPES = Set.of("Agency", "AgencyGroup", "Organisation", "Measure", "Document", "Place",
			"Park", "Chain", "ChainSegment", "Project");

	private final GraphQueries graph;

	SearchController(GraphQueries graph) {
		this.graph = graph;
	}

	@GetMapping("/api/search")
	@Operation(summary = "Ranked full-text search; type narrows to one label (Agency, Measure, Document, …)")
	Map<String, Object> search(@RequestParam String q, @RequestParam(required = false) String type,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		if (q.isBlank() || q.length() > 200) {
			throw new IllegalArgumentException("q must be 1 to 200 characters");
		}
		if (type != null && !TYPES.contains(type)) {
			throw new IllegalArgumentException("type must be one of " + TYPES + ", was '" + type + "'");
		}
		Paging paging = new Paging(page, size);
		Map<String, Object> p = ReadQueries.searchParameters(q, type, paging.skip(), paging.size());
		List<Map<String, Object>> items = this.graph.rows(ReadQueries.SEARCH, p);
		return paging.envelope(items, this.graph.count(ReadQueries.SEARCH_COUNT, p));
	}

	@GetMapping("/api/paths")
	@Operation(summary = "Shortest connections between two things (ids of agencies, measures, documents, places …)")
	Map<String, Object> paths(@RequestParam String from, @RequestParam String to,
			@RequestParam(defaultValue = "4") int maxHops) {
		if (maxHops < 1 || maxHops > 8) {
			throw new IllegalArgumentException("maxHops must be between 1 and 8, was " + maxHops);
		}
		String byId = """
				CALL (*) {
				  MATCH (n:Agency {id: $k}) RETURN n UNION MATCH (n:AgencyGroup {id: $k}) RETURN n
				  UNION MATCH (n:Organisation {id: $k}) RETURN n UNION MATCH (n:Measure {id: $k}) RETURN n
				  UNION MATCH (n:Document {id: $k}) RETURN n UNION MATCH (n:Section {id: $k}) RETURN n
				  UNION MATCH (n:Place {id: $k}) RETURN n UNION MATCH (n:Chain {id: $k}) RETURN n
				  UNION MATCH (n:ChainSegment {id: $k}) RETURN n UNION MATCH (n:Park {id: $k}) RETURN n
				  UNION MATCH (n:Project {id: $k}) RETURN n
				}
				RETURN count(n) AS c""";
		for (String id : List.of(from, to)) {
			if (this.graph.count(byId, Map.of("k", id)) == 0) {
				throw new NotFoundException("node", id);
			}
		}
		// maxHops is a checked integer: var-length bounds cannot be parameters
		List<Map<String, Object>> paths = this.graph.rows("""
				CALL (*) {
				  MATCH (n:Agency {id: $from}) RETURN n UNION MATCH (n:AgencyGroup {id: $from}) RETURN n
				  UNION MATCH (n:Organisation {id: $from}) RETURN n UNION MATCH (n:Measure {id: $from}) RETURN n
				  UNION MATCH (n:Document {id: $from}) RETURN n UNION MATCH (n:Place {id: $from}) RETURN n
				  UNION MATCH (n:Section {id: $from}) RETURN n
				}
				WITH n AS a
				CALL (*) {
				  MATCH (n:Agency {id: $to}) RETURN n UNION MATCH (n:AgencyGroup {id: $to}) RETURN n
				  UNION MATCH (n:Organisation {id: $to}) RETURN n UNION MATCH (n:Measure {id: $to}) RETURN n
				  UNION MATCH (n:Document {id: $to}) RETURN n UNION MATCH (n:Place {id: $to}) RETURN n
				  UNION MATCH (n:Section {id: $to}) RETURN n
				}
				WITH a, n AS b
				MATCH p = allShortestPaths((a)-[*..%d]-(b))
				WITH p LIMIT 10
				RETURN [x IN nodes(p) | {id: x.id, type: labels(x)[0], name: coalesce(x.name, x.title, x.path)}] AS nodes,
				       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, role: r.role}] AS relationships"""
			.formatted(maxHops), Map.of("from", from, "to", to));
		return Map.of("from", from, "to", to, "maxHops", maxHops, "paths", paths);
	}

	/** Escapes Lucene's query syntax so any text is searched as words. */
	static String lucene(String q) {
		StringBuilder out = new StringBuilder();
		for (char c : q.toCharArray()) {
			if ("+-&|!(){}[]^\"~*?:\\/".indexOf(c) >= 0) {
				out.append('\\');
			}
			out.append(c);
		}
		return out.toString();
	}

}
