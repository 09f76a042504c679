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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the workbench draws: an agency's neighbourhood within a node limit, a document's sections by agency, a
 * chain's segments with their weak points, and search hits grouped by kind. Each answers in one statement what
 * the general endpoints would need many calls or large answers for (a chain's measures in full run to megabytes
 * on a national graph).
 */
@RestController
@Tag(name = "pictures", description = "Neighbourhoods and matrices for the planners' workbench")
class PictureController {

	/** Measures read for one picture at most; a picture of more would not be readable anyway. */
	private static final int MEASURE_CAP = 3000;

	private final GraphQueries graph;

	private final Filters filters;

	PictureController(GraphQueries graph, Filters filters) {
		this.graph = graph;
		this.filters = filters;
	}

	@GetMapping("/api/pictures/agencies/{id}")
	@Operation(summary = "An agency, the measures it carries, the other bodies on them and what they support, within a node limit")
	AgencyPicture agency(@PathVariable String id, @RequestParam(defaultValue = "300") int limit) {
		if (limit < 1 || limit > AgencyPicture.MAX_LIMIT) {
			throw new IllegalArgumentException("limit must be between 1 and " + AgencyPicture.MAX_LIMIT + ", was " + limit);
		}
		Map<String, Object> row = this.graph.one(PictureQueries.AGENCY, Map.of("id", id, "cap", MEASURE_CAP));
		if (row == null) {
			throw new NotFoundException("agency", id);
		}
		return AgencyPicture.of(row, limit);
	}

	@GetMapping("/api/pictures/documents/{id}/matrix")
	@Operation(summary = "A document's sections by agency: each body's measures per section path, by role")
	DocumentMatrix documentMatrix(@PathVariable String id) {
		Map<String, Object> row = this.graph.one(PictureQueries.DOCUMENT_MATRIX, Map.of("id", id));
		if (row == null) {
			throw new NotFoundException("document", id);
		}
		return DocumentMatrix.of(row);
	}

	@GetMapping("/api/pictures/chains/{id}")
	@Operation(summary = "A chain's segments: distinct supporting measures, those in force after a date, carriers, parks, "
			+ "projects, FEEDS, and whether each is weak (one carrier or none, or nothing in force after the date)")
	ChainPicture chain(@PathVariable String id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate before) {
		Map<String, Object> p = new HashMap<>();
		p.put("id", id);
		p.put("before", before);
		List<Map<String, Object>> rows = this.graph.rows(PictureQueries.CHAIN, p);
		if (rows.isEmpty()) {
			throw new NotFoundException("chain", id);
		}
		return ChainPicture.of(rows, before);
	}

	@GetMapping("/api/search/groups")
	@Operation(summary = "Full-text search grouped by kind in one pass: the count of each kind and its best hits; "
			+ "jurisdiction, scope and asOf as on /api/search")
	SearchGroups searchGroups(@RequestParam String q, @RequestParam(defaultValue = "10") int per,
			@RequestParam(required = false) String jurisdiction, @RequestParam(defaultValue = "within") String scope,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		if (q.isBlank() || q.length() > 200) {
			throw new IllegalArgumentException("q must be 1 to 200 characters");
		}
		if (per < 1 || per > 50) {
			throw new IllegalArgumentException("per must be between 1 and 50, was " + per);
		}
		Map<String, Object> p = this.filters.of(jurisdiction, scope, asOf).into(new HashMap<>());
		p.put("q", SearchController.lucene(q));
		p.put("types", List.copyOf(SearchController.TYPES));
		p.put("per", per);
		return SearchGroups.of(q, per, this.graph.rows(PictureQueries.SEARCH_GROUPS, p));
	}

}
