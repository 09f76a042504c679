package io.policygraph.impact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.policygraph.graph.Transactions;
import io.policygraph.graph.Vocabulary;

import org.springframework.stereotype.Service;

/**
 * A subgraph as GraphML (for Gephi or yEd): an agency's neighbourhood, a chain, or a document.
 */
@Service
public class GraphMlExport {

	/** Turns {@code a} and the paths {@code ps} into distinct nodes and relationships. */
	private static final String SUBGRAPH = """
			WITH a, reduce(acc = [a], p IN ps | acc + nodes(p)) AS ns, reduce(acc = [], p IN ps | acc + relationships(p)) AS rs
			CALL (ns) { UNWIND ns AS n RETURN collect(DISTINCT n) AS nodes }
			CALL (rs) { UNWIND rs AS r RETURN collect(DISTINCT r) AS rels }
			RETURN [n IN nodes | {key: elementId(n), id: n.id, label: labels(n)[0], name: coalesce(n.name, n.title, n.path, n.id)}] AS nodes,
			       [r IN rels | {source: elementId(startNode(r)), target: elementId(endNode(r)), type: type(r), role: r.role}] AS edges""";

	private final Transactions transactions;

	public GraphMlExport(Transactions transactions) {
		this.transactions = transactions;
	}

	/**
	 * {@return GraphML of the scope}
	 * @param scope {@code agency:<id>}, {@code chain:<id>} or {@code document:<id>}
	 */
	public String export(String scope) {
		int colon = scope == null ? -1 : scope.indexOf(':');
		if (colon < 0) {
			throw new IllegalArgumentException("scope must be agency:<id>, chain:<id> or document:<id>, was '" + scope + "'");
		}
		String kind = scope.substring(0, colon);
		String id = scope.substring(colon + 1);
		String query = switch (kind) {
			case "agency" -> Queries.BODY + """
					OPTIONAL MATCH p = (a)-[:%1$s]->(:Measure)<-[:%1$s]-()
					WITH a, collect(p) AS ps
					OPTIONAL MATCH q = (a)-[:%1$s]->(:Measure)
					WITH a, ps, collect(q) AS qs
					WITH a, ps + qs AS ps
					""".formatted(Vocabulary.RESPONSIBILITY);
			case "chain" -> """
					MATCH (a:Chain {id: $id})
					OPTIONAL MATCH p = (a)<-[:SEGMENT_OF*0..1]-()<-[:SUPPORTS|HOSTS|BELONGS_TO]-()
					WITH a, collect(p) AS ps
					OPTIONAL MATCH q = (a)<-[:SEGMENT_OF*0..1]-()<-[:SUPPORTS]-(:Measure)<-[:%s]-()
					WITH a, ps, collect(q) AS qs
					WITH a, ps + qs AS ps
					""".formatted(Vocabulary.RESPONSIBILITY);
			case "document" -> """
					MATCH (a:Document {id: $id})
					OPTIONAL MATCH p = (a)-[:HAS_SECTION|HAS_MEASURE*1..8]->()
					WITH a, collect(p) AS ps
					OPTIONAL MATCH q = (a)-[:HAS_SECTION|HAS_MEASURE*1..8]->(:Measure)<-[:%s]-()
					WITH a, ps, collect(q) AS qs
					WITH a, ps + qs AS ps
					""".formatted(Vocabulary.RESPONSIBILITY);
			default -> throw new IllegalArgumentException("scope kind must be agency, chain or document, was '" + kind + "'");
		};
		Map<String, Object> row = this.transactions.one(query + SUBGRAPH, Map.of("id", id))
			.orElseThrow(() -> new NotInGraphException(kind, id));
		return graphml(AgencyChangeAnalysis.maps(row.get("nodes")), AgencyChangeAnalysis.maps(row.get("edges")));
	}

	static String graphml(List<Map<String, Object>> nodes, List<Map<String, Object>> edges) {
		StringBuilder x = new StringBuilder(4096);
		x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n")
			.append("  <key id=\"id\" for=\"node\" attr.name=\"id\" attr.type=\"string\"/>\n")
			.append("  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n")
			.append("  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n")
			.append("  <key id=\"type\" for=\"edge\" attr.name=\"type\" attr.type=\"string\"/>\n")
			.append("  <key id=\"role\" for=\"edge\" attr.name=\"role\" attr.type=\"string\"/>\n")
			.append("  <graph id=\"policygraph\" edgedefault=\"directed\">\n");
		Map<String, String> keys = new LinkedHashMap<>();
		for (Map<String, Object> n : nodes) {
			String key = "n" + keys.size();
			keys.put((String) n.get("key"), key);
			x.append("    <node id=\"").append(key).append("\">")
				.append(data("id", n.get("id"))).append(data("label", n.get("label"))).append(data("name", n.get("name")))
				.append("</node>\n");
		}
		List<String> seen = new ArrayList<>();
		for (Map<String, Object> e : edges) {
			String s = keys.get(e.get("source"));
			String t = keys.get(e.get("target"));
			String sig = s + ">" + t + ":" + e.get("type");
			if (s == null || t == null || seen.contains(sig)) {
				continue;
			}
			seen.add(sig);
			x.append("    <edge source=\"").append(s).append("\" target=\"").append(t).append("\">")
				.append(data("type", e.get("type"))).append(data("role", e.get("role"))).append("</edge>\n");
		}
		return x.append("  </graph>\n</graphml>\n").toString();
	}

	private static String data(String key, Object value) {
		if (value == null) {
			return "";
		}
		return "<data key=\"" + key + "\">" + escape(value.toString()) + "</data>";
	}

	static String escape(String s) {
		StringBuilder out = new StringBuilder(s.length());
		for (char c : s.toCharArray()) {
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&apos;");
				default -> {
					if (c >= 0x20 || c == '\n' || c == '\t') {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

}
