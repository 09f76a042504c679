package io.policygraph.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * One measure with the bodies that lead, share or inherit it, in written order, and its provenance.
 */
@RestController
@Tag(name = "measures")
class MeasureController {

	private final GraphQueries graph;

	MeasureController(GraphQueries graph) {
		this.graph = graph;
	}

	@GetMapping("/api/measures/{id}")
	@Operation(summary = "A measure: lead / responsible / inherited bodies (written order), document, section path, "
			+ "what it supports (chains, segments, parks, projects, places), targets, funding, provenance")
	Map<String, Object> get(@PathVariable String id) {
		Map<String, Object> row = this.graph.one(ReadQueries.MEASURE, Map.of("id", id));
		if (row == null) {
			throw new NotFoundException("measure", id);
		}
		Map<String, Object> out = new LinkedHashMap<>(castMap(row.get("measure")));
		out.put("document", row.get("document"));
		for (String role : List.of("lead", "responsible", "inherited")) {
			List<Map<String, Object>> bodies = new ArrayList<>();
			for (Object b : (List<?>) row.get("bodies")) {
				Map<String, Object> body = castMap(b);
				if (role.equals(body.get("role"))) {
					bodies.add(body);
				}
			}
			bodies.sort((x, y) -> Long.compare(((Number) x.get("position")).longValue(), ((Number) y.get("position")).longValue()));
			out.put(role, bodies);
		}
		out.put("supports", row.get("supports"));
		out.put("targets", row.get("targets"));
		out.put("funding", row.get("funding"));
		out.put("provenance", row.get("provenance"));
		return out;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> castMap(Object o) {
		return (Map<String, Object>) o;
	}

}
