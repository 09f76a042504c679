package io.policygraph.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An agency's neighbourhood as the workbench draws it: the agency, the measures it carries, the other
 * bodies on them and what they support. Measures are taken strongest role first and whole (a measure
 * comes with all its neighbours or not at all) until the node limit, so a picture never shows a measure
 * without its lead.
 *
 * @param focus the agency's id
 * @param nodes the nodes drawn, the agency first
 * @param edges body to measure (lead, responsible, inherited) and measure to what it supports (supports)
 * @param measuresTotal how many measures the agency carries in all
 * @param measuresShown how many of them the picture holds
 * @param limit the node limit asked for
 * @param truncated whether measures were left out to keep within the limit
 * @param collaborators the other bodies on the measures shown, most shared first (at most 10)
 */
record AgencyPicture(String focus, List<Node> nodes, List<Edge> edges, long measuresTotal, int measuresShown, int limit,
		boolean truncated, List<Collaborator> collaborators) {

	/** Largest node limit a caller may ask for. */
	static final int MAX_LIMIT = 3000;

	/**
	 * @param role for a measure, the focus agency's role on it; for a body, its role on the first measure shown
	 */
	record Node(String id, String type, String name, String role) {
	}

	record Edge(String from, String to, String type) {
	}

	record Collaborator(String id, String name, int sharedMeasures) {
	}

	static AgencyPicture of(Map<String, Object> row, int limit) {
		Map<String, Node> nodes = new LinkedHashMap<>();
		Set<Edge> edges = new LinkedHashSet<>();
		String focus = (String) row.get("id");
		nodes.put(focus, new Node(focus, (String) row.get("type"), (String) row.get("name"), null));
		Map<String, Integer> shared = new LinkedHashMap<>();
		List<?> measures = (List<?>) row.get("measures");
		int shown = 0;
		boolean truncated = false;
		for (Object o : measures) {
			Map<String, Object> m = MeasureController.castMap(o);
			List<Map<String, Object>> others = maps(m.get("others"));
			List<Map<String, Object>> supports = maps(m.get("supports"));
			Set<String> fresh = new LinkedHashSet<>();
			fresh.add((String) m.get("id"));
			others.forEach(x -> fresh.add((String) x.get("id")));
			supports.forEach(x -> fresh.add((String) x.get("id")));
			fresh.removeAll(nodes.keySet());
			if (nodes.size() + fresh.size() > limit) {
				truncated = true;
				break;
			}
			String measure = (String) m.get("id");
			String role = (String) m.get("role");
			nodes.put(measure, new Node(measure, "Measure", (String) m.get("name"), role));
			edges.add(new Edge(focus, measure, role));
			for (Map<String, Object> x : others) {
				String id = (String) x.get("id");
				nodes.putIfAbsent(id, new Node(id, (String) x.get("type"), (String) x.get("name"), (String) x.get("role")));
				edges.add(new Edge(id, measure, (String) x.get("role")));
				shared.merge(id, 1, Integer::sum);
			}
			for (Map<String, Object> x : supports) {
				String id = (String) x.get("id");
				nodes.putIfAbsent(id, new Node(id, (String) x.get("type"), (String) x.get("name"), null));
				edges.add(new Edge(measure, id, "supports"));
			}
			shown++;
		}
		long total = ((Number) row.get("total")).longValue();
		List<Collaborator> collaborators = shared.entrySet().stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry::getKey))
			.limit(10)
			.map(e -> new Collaborator(e.getKey(), nodes.get(e.getKey()).name(), e.getValue()))
			.toList();
		return new AgencyPicture(focus, new ArrayList<>(nodes.values()), new ArrayList<>(edges), total, shown, limit,
				truncated || shown < total, collaborators);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> maps(Object o) {
		return o == null ? List.of() : (List<Map<String, Object>>) o;
	}

}
