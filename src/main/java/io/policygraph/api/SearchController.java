package io.policygraph.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.policygraph.graph.Vocabulary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
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

	private final Filters filters;

	SearchController(GraphQueries graph, Filters filters) {
		this.graph = graph;
		this.filters = filters;
	}

	/**
	 * A full-text hit.
	 *
	 * @param id the node's id
	 * @param type its kind
	 * @param name its name, title or first words
	 * @param excerpt the start of its text, for measures
	 * @param document the document of a measure
	 * @param score relevance (higher first)
	 */
	record Hit(String id, String type, String name, String excerpt, String document, double score) {
	}

	@GetMapping("/api/search")
	@Operation(summary = "Ranked full-text search; type narrows to one label (Agency, Measure, Document, …); jurisdiction + "
			+ "scope keep documents and measures of the places, their bodies, and what their measures support; asOf keeps "
			+ "documents in force that day and their measures")
	Page<Hit> search(@RequestParam String q, @RequestParam(required = false) String type,
			@RequestParam(required = false) String jurisdiction, @RequestParam(defaultValue = "within") String scope,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		if (q.isBlank() || q.length() > 200) {
			throw new IllegalArgumentException("q must be 1 to 200 characters");
		}
		if (type != null && !TYPES.contains(type)) {
			throw new IllegalArgumentException("type must be one of " + TYPES + ", was '" + type + "'");
		}
		Paging paging = new Paging(page, size);
		Map<String, Object> p = this.filters.of(jurisdiction, scope, asOf)
			.into(ReadQueries.searchParameters(q, type, paging.skip(), paging.size()));
		List<Hit> items = this.graph.rows(ReadQueries.SEARCH, p, Hit.class);
		return paging.envelope(items, this.graph.count(ReadQueries.SEARCH_COUNT, p));
	}

	/**
	 * A node named in a path answer.
	 *
	 * @param id its id
	 * @param type its kind (label)
	 * @param name its name, title or section path
	 */
	record NodeRef(String id, String type, String name) {
	}

	/**
	 * A relationship on a path, in its stored direction.
	 *
	 * @param type relationship type
	 * @param from id of its start node
	 * @param to id of its end node
	 * @param role for responsibility relationships, lead / responsible / inherited
	 */
	record Link(String type, String from, String to, String role) {
	}

	/**
	 * One shortest connection.
	 *
	 * @param nodes from {@code from} to {@code to}
	 * @param relationships between consecutive nodes
	 */
	record Path(List<NodeRef> nodes, List<Link> relationships) {
	}

	/**
	 * The shortest connections between two nodes, or why there is none.
	 *
	 * @param from the start
	 * @param to the end
	 * @param maxHops the longest connection looked for
	 * @param found whether a connection of at most {@code maxHops} relationships exists
	 * @param note when none was found, what that means and what to try
	 * @param paths up to ten shortest connections
	 */
	record Paths(NodeRef from, NodeRef to, int maxHops, boolean found, String note, List<Path> paths) {
	}

	/** Relationships a connection may use: all but the bookkeeping of source files. */
	static final String PATH_TYPES = String.join("|", Vocabulary.RESPONSIBILITY, Vocabulary.SUPPORTS, "HAS_SECTION",
			"HAS_MEASURE", "HAS_TARGET", "SEGMENT_OF", "FEEDS", "HOSTS", "BELONGS_TO", "LOCATED_IN", "IN_JURISDICTION", "SERVES",
			"SCOPED_TO", "PART_OF", "HAS_MEMBER", "SUCCEEDED_BY");

	private static final String NODE = "{id: %1$s.id, type: [l IN labels(%1$s) WHERE l IN $kinds][0], "
			+ "name: coalesce(%1$s.name, %1$s.title, %1$s.path, %1$s.id)}";

	@GetMapping("/api/paths")
	@Operation(summary = "Shortest connections between two nodes of any kind (agency, collective, organisation, measure, "
			+ "document, section, chain, segment, park, project, place, target); says so when none is within maxHops")
	Paths paths(@RequestParam String from, @RequestParam String to, @RequestParam(defaultValue = "4") int maxHops) {
		if (maxHops < 1 || maxHops > 8) {
			throw new IllegalArgumentException("maxHops must be between 1 and 8, was " + maxHops);
		}
		NodeRef a = node(from);
		NodeRef b = node(to);
		if (from.equals(to)) {
			return new Paths(a, b, maxHops, true, null, List.of(new Path(List.of(a), List.of())));
		}
		// maxHops is a checked integer: var-length bounds cannot be parameters
		List<Path> paths = this.graph.rows(Vocabulary.nodeById("a", "from", Vocabulary.KINDS)
				+ Vocabulary.nodeById("b", "to", Vocabulary.KINDS) + """
				MATCH p = allShortestPaths((a)-[:%s*..%d]-(b))
				WITH p LIMIT 10
				RETURN [x IN nodes(p) | %s] AS nodes,
				       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, role: r.role}] AS relationships"""
			.formatted(PATH_TYPES, maxHops, NODE.formatted("x")), Map.of("from", from, "to", to, "kinds", Vocabulary.KINDS))
			.stream()
			.map(r -> new Path(((List<?>) r.get("nodes")).stream().map(n -> nodeRef(MeasureController.castMap(n))).toList(),
					((List<?>) r.get("relationships")).stream().map(MeasureController::castMap)
						.map(x -> new Link((String) x.get("type"), (String) x.get("from"), (String) x.get("to"), (String) x.get("role")))
						.toList()))
			.toList();
		String note = paths.isEmpty() ? "no connection of at most " + maxHops + " relationships between " + from + " and " + to
				+ (maxHops < 8 ? "; a longer one may exist: ask again with a larger maxHops (up to 8)" : "") : null;
		return new Paths(a, b, maxHops, !paths.isEmpty(), note, paths);
	}

	private NodeRef node(String id) {
		Map<String, Object> row = this.graph.one(Vocabulary.nodeById("n", "id", Vocabulary.KINDS) + "RETURN " + NODE.formatted("n") + " AS node",
				Map.of("id", id, "kinds", Vocabulary.KINDS));
		if (row == null) {
			throw new NotFoundException("node", id);
		}
		return nodeRef(MeasureController.castMap(row.get("node")));
	}

	private static NodeRef nodeRef(Map<String, Object> m) {
		return new NodeRef((String) m.get("id"), (String) m.get("type"), String.valueOf(m.get("name")));
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
