package io.policygraph.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.policygraph.graph.Vocabulary;
import io.policygraph.registry.Registry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Surface forms the registry did not know: provisional agencies, where they occur, and the known bodies
 * of the same jurisdiction whose names are closest, for a person to decide.
 */
@RestController
@Tag(name = "review")
class ReviewController {

	private final GraphQueries graph;

	private final Registry registry;

	ReviewController(GraphQueries graph, Registry registry) {
		this.graph = graph;
		this.registry = registry;
	}

	@GetMapping("/api/review/agencies")
	@Operation(summary = "Provisional agencies to review: surface, documents, lines, best candidates")
	Page<Map<String, Object>> agencies(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		Paging paging = new Paging(page, size);
		Map<String, Object> p = Map.of("skip", paging.skip(), "size", paging.size());
		List<Map<String, Object>> rows = this.graph.rows("""
				MATCH (a:Agency {provisional: true})
				WITH a ORDER BY a.place, a.name SKIP $skip LIMIT $size
				RETURN a.id AS id, a.name AS surface, a.place AS jurisdiction,
				       [(a)-[r:%s]->(m:Measure) | {document: m.documentId, measure: m.id, file: r.sourceFile,
				         lineStart: r.lineStart, lineEnd: r.lineEnd}][..20] AS occurrences""".formatted(Vocabulary.RESPONSIBILITY), p);
		List<Map<String, Object>> items = new ArrayList<>();
		for (Map<String, Object> r : rows) {
			Map<String, Object> item = new LinkedHashMap<>(r);
			item.put("candidates", candidates((String) r.get("surface"), (String) r.get("jurisdiction")));
			items.add(item);
		}
		return paging.envelope(items, this.graph.count("MATCH (a:Agency {provisional: true}) RETURN count(a) AS c", Map.of()));
	}

	/** Known bodies of the jurisdiction and its ancestors sharing the most character pairs with the surface. */
	List<Map<String, Object>> candidates(String surface, String place) {
		Set<String> scope = new HashSet<>();
		this.registry.lineage(place == null ? "" : place).forEach(pl -> scope.add(pl.id()));
		Set<String> grams = bigrams(surface);
		Map<Registry.Body, Double> scores = new HashMap<>();
		for (Registry.Body b : this.registry.bodies().values()) {
			if (!scope.contains(b.place())) {
				continue;
			}
			double best = 0;
			for (String name : b.names()) {
				Set<String> other = bigrams(name);
				long common = grams.stream().filter(other::contains).count();
				best = Math.max(best, grams.isEmpty() ? 0 : (double) common / Math.max(grams.size(), other.size()));
			}
			if (best > 0.2) {
				scores.put(b, best);
			}
		}
		return scores.entrySet().stream().sorted(Map.Entry.<Registry.Body, Double>comparingByValue(Comparator.reverseOrder()))
			.limit(3)
			.map(e -> Map.<String, Object>of("id", e.getKey().id(), "name", e.getKey().name(), "similarity",
					Math.round(e.getValue() * 100) / 100.0))
			.toList();
	}

	private static Set<String> bigrams(String s) {
		Set<String> out = new HashSet<>();
		for (int i = 0; i + 1 < s.length(); i++) {
			out.add(s.substring(i, i + 2));
		}
		return out;
	}

}
