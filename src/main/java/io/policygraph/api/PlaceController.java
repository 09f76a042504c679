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
 * Who is responsible for what in a city, district or zone: the bodies serving it and inside it, with the
 * number of measures they lead and share in documents of that jurisdiction.
 */
@RestController
@Tag(name = "places")
class PlaceController {

	private final GraphQueries graph;

	private final Filters filters;

	PlaceController(GraphQueries graph, Filters filters) {
		this.graph = graph;
		this.filters = filters;
	}

	/**
	 * @param id place id
	 * @param name its name
	 * @param kind city, district, zone …
	 */
	record PlaceRef(String id, String name, String kind) {
	}

	/**
	 * A body's load in a place.
	 *
	 * @param id body id
	 * @param name its name
	 * @param provisional whether the registry does not know it
	 * @param leads measures it leads there
	 * @param responsible measures it shares explicitly there
	 * @param inherited measures a default rule gives it there
	 * @param documents documents of the place naming it
	 */
	record BodyLoad(String id, String name, boolean provisional, long leads, long responsible, long inherited, long documents) {
	}

	/**
	 * @param place the place
	 * @param bodies the bodies carrying its measures, heaviest load first
	 */
	record PlaceLoad(PlaceRef place, Page<BodyLoad> bodies) implements Tabular<BodyLoad> {

		@Override
		public List<BodyLoad> rows() {
			return this.bodies.items();
		}

	}

	@GetMapping("/api/places/{id}/responsibilities")
	@Operation(summary = "Bodies carrying measures of documents of this place and, with scope within (the default), the "
			+ "places under it, ranked by load; role, inherited and asOf as on every list")
	PlaceLoad responsibilities(@PathVariable String id, @RequestParam(defaultValue = "within") String scope,
			@RequestParam(defaultValue = "any") String role, @RequestParam(defaultValue = "true") boolean inherited,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		Filters.Values f = this.filters.of(id, scope, asOf, inherited, role);
		Map<String, Object> place = this.graph.one("MATCH (p:Place {id: $id}) RETURN p {.id, .name, .kind} AS place",
				Map.of("id", f.place()));
		if (place == null) {
			throw new NotFoundException("place", id);
		}
		Paging paging = new Paging(page, size);
		Map<String, Object> p = f.into(new HashMap<>());
		p.put("skip", paging.skip());
		p.put("size", paging.size());
		String match = """
				UNWIND $places AS place
				MATCH (d:Document {jurisdiction: place}) WHERE %2$s
				MATCH (a)-[r:%1$s]->(m:Measure {documentId: d.id})
				WHERE %3$s
				""".formatted(Vocabulary.RESPONSIBILITY, Vocabulary.inForce("d"), Vocabulary.fact("r"));
		List<BodyLoad> items = this.graph.rows(match + """
				WITH a, count(DISTINCT CASE WHEN r:LEADS THEN m END) AS leads,
				     count(DISTINCT CASE WHEN r:RESPONSIBLE_FOR AND NOT r.inherited THEN m END) AS responsible,
				     count(DISTINCT CASE WHEN r.inherited THEN m END) AS inheritedCount, count(DISTINCT d) AS documents
				ORDER BY leads + responsible + inheritedCount DESC, a.id SKIP $skip LIMIT $size
				RETURN a.id AS id, a.name AS name, coalesce(a.provisional, false) AS provisional, leads, responsible,
				       inheritedCount AS inherited, documents""", p, BodyLoad.class);
		return new PlaceLoad(this.graph.as(place.get("place"), PlaceRef.class),
				paging.envelope(items, this.graph.count(match + "RETURN count(DISTINCT a) AS c", p)));
	}

}
