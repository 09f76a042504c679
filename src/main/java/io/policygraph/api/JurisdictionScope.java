package io.policygraph.api;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.policygraph.graph.Vocabulary;
import io.policygraph.registry.Registry;

import org.springframework.stereotype.Component;

/**
 * What {@code jurisdiction} and {@code scope} mean on every endpoint that filters by place: a place id
 * ({@code jinan}) or name ({@code 济南市}); {@code scope=within} (the default) is the place and every place
 * under it (济南 includes 起步区 and 市中区), {@code scope=exact} the place alone. A place is known when the
 * registry holds it or, failing that, when the graph holds it as a {@code Place} in the {@code PART_OF} tree (the
 * places of a synthetic graph, which no registry lists). An unknown place is answered 404 with the closest known
 * registry places.
 */
@Component
class JurisdictionScope {

	/**
	 * The places a filter covers.
	 *
	 * @param place the place asked for, or {@code null} for everywhere
	 * @param places its id and, within, the ids of every place under it; {@code null} for everywhere
	 */
	record Places(String place, List<String> places) {
	}

	/** A jurisdiction that names no known place; carries the closest ones for the answer. */
	static final class UnknownPlaceException extends RuntimeException {

		private final List<Map<String, String>> closest;

		UnknownPlaceException(String asked, List<Map<String, String>> closest) {
			super("jurisdiction '" + asked + "' is no known place id or name");
			this.closest = closest;
		}

		List<Map<String, String>> closest() {
			return this.closest;
		}

	}

	/** A place the registry does not know, by id or name, with the places under it in the graph's tree. */
	private static final String GRAPH_PLACE = """
			MATCH (p:%1$s) WHERE p.id = $asked OR p.name = $asked
			WITH p ORDER BY p.id LIMIT 1
			RETURN p.id AS id, [(c:%1$s)-[:%2$s*0..]->(p) | c.id] AS within""".formatted(Vocabulary.PLACE, Vocabulary.PART_OF);

	private final Registry registry;

	private final GraphQueries graph;

	JurisdictionScope(Registry registry, GraphQueries graph) {
		this.registry = registry;
		this.graph = graph;
	}

	Places resolve(String jurisdiction, String scope) {
		if (scope != null && !scope.equals("within") && !scope.equals("exact")) {
			throw new IllegalArgumentException("scope must be within or exact, was '" + scope + "'");
		}
		String asked = AgencyController.blankToNull(jurisdiction);
		if (asked == null) {
			return new Places(null, null);
		}
		String id = placeId(asked);
		if (id == null) {
			return graphPlace(asked, scope);
		}
		if ("exact".equals(scope)) {
			return new Places(id, List.of(id));
		}
		List<String> within = this.registry.places().keySet().stream()
			.filter(p -> this.registry.lineage(p).stream().anyMatch(x -> x.id().equals(id)))
			.sorted()
			.toList();
		return new Places(id, within);
	}

	@SuppressWarnings("unchecked")
	private Places graphPlace(String asked, String scope) {
		Map<String, Object> row = this.graph.one(GRAPH_PLACE, Map.of("asked", asked));
		if (row == null) {
			throw new UnknownPlaceException(asked, closest(asked));
		}
		String id = (String) row.get("id");
		List<String> within = "exact".equals(scope) ? List.of(id)
				: ((List<String>) row.get("within")).stream().sorted().toList();
		return new Places(id, within);
	}

	private String placeId(String asked) {
		if (this.registry.place(asked) != null) {
			return asked;
		}
		for (Registry.Place p : this.registry.places().values()) {
			if (p.name().equals(asked) || p.aliases().contains(asked)) {
				return p.id();
			}
		}
		return null;
	}

	/** Up to three places whose id or name shares the most character pairs with what was asked. */
	private List<Map<String, String>> closest(String asked) {
		Set<String> grams = bigrams(asked);
		return this.registry.places().values().stream()
			.map(p -> Map.entry(p, Math.max(similarity(grams, bigrams(p.id())), similarity(grams, bigrams(p.name())))))
			.filter(e -> e.getValue() > 0)
			.sorted(Map.Entry.<Registry.Place, Double>comparingByValue(Comparator.reverseOrder())
				.thenComparing(e -> e.getKey().id()))
			.limit(3)
			.map(e -> Map.of("id", e.getKey().id(), "name", e.getKey().name()))
			.toList();
	}

	private static double similarity(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		long common = a.stream().filter(b::contains).count();
		return (double) common / Math.max(a.size(), b.size());
	}

	private static Set<String> bigrams(String s) {
		Set<String> out = new HashSet<>();
		for (int i = 0; i + 1 < s.length(); i++) {
			out.add(s.substring(i, i + 2));
		}
		return out;
	}

}
