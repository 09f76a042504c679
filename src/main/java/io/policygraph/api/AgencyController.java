package io.policygraph.api;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Agencies, collectives and organisations: who they are and what they carry.
 */
@RestController
@RequestMapping("/api/agencies")
@Tag(name = "agencies", description = "Bodies that lead or share measures")
class AgencyController {

	private final GraphQueries graph;

	private final JurisdictionScope scopes;

	AgencyController(GraphQueries graph, JurisdictionScope scopes) {
		this.graph = graph;
		this.scopes = scopes;
	}

	@GetMapping
	@Operation(summary = "List bodies, optionally filtered by a name fragment and a jurisdiction (place id or name) "
			+ "with scope within (default: and the places under it) or exact")
	Map<String, Object> list(@RequestParam(required = false) String q, @RequestParam(required = false) String jurisdiction,
			@RequestParam(defaultValue = "within") String scope, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		Paging paging = new Paging(page, size);
		Map<String, Object> p = new HashMap<>();
		p.put("q", blankToNull(q));
		p.put("places", this.scopes.resolve(jurisdiction, scope).places());
		p.put("skip", paging.skip());
		p.put("size", paging.size());
		String match = """
				MATCH (a) WHERE (a:Agency OR a:AgencyGroup OR a:Organisation)
				  AND ($q IS NULL OR a.name CONTAINS $q OR a.aliasText CONTAINS $q OR a.id CONTAINS $q)
				  AND ($places IS NULL OR a.place IN $places)
				""";
		List<Map<String, Object>> items = this.graph.rows(match + """
				WITH a ORDER BY a.id SKIP $skip LIMIT $size
				RETURN a.id AS id, a.name AS name, a.fullName AS fullName, [l IN labels(a) WHERE l IN ['Agency', 'AgencyGroup', 'Organisation']][0] AS type,
				       a.level AS level, a.place AS jurisdiction, a.kind AS kind, coalesce(a.provisional, false) AS provisional,
				       COUNT { (a)-[:LEADS]->() } AS leads, COUNT { (a)-[:RESPONSIBLE_FOR]->() } AS responsible""", p);
		return paging.envelope(items, this.graph.count(match + "RETURN count(a) AS c", p));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A body's profile: names, level, place served, parent, counts of lead / responsible / inherited measures")
	Map<String, Object> get(@PathVariable String id) {
		Map<String, Object> row = this.graph.one(ReadQueries.AGENCY, Map.of("id", id));
		if (row == null) {
			throw new NotFoundException("agency", id);
		}
		return row;
	}

	@GetMapping("/{id}/responsibilities")
	@Operation(summary = "The measures a body leads or shares, with the other bodies on each and provenance")
	Map<String, Object> responsibilities(@PathVariable String id, @RequestParam(defaultValue = "any") String role,
			@RequestParam(defaultValue = "true") boolean inherited, @RequestParam(required = false) String document,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		if (!List.of("lead", "responsible", "any").contains(role)) {
			throw new IllegalArgumentException("role must be lead, responsible or any, was '" + role + "'");
		}
		Paging paging = new Paging(page, size);
		Map<String, Object> p = new HashMap<>();
		p.put("id", id);
		p.put("role", role);
		p.put("inherited", inherited);
		p.put("document", blankToNull(document));
		p.put("asOf", asOf);
		p.put("skip", paging.skip());
		p.put("size", paging.size());
		Map<String, Object> row = this.graph.one(ReadQueries.RESPONSIBILITIES, p);
		if (row == null) {
			throw new NotFoundException("agency", id);
		}
		return paging.envelope((List<?>) row.get("items"), ((Number) row.get("total")).longValue());
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
