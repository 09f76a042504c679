package io.policygraph.api;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the workbench draws: an agency's neighbourhood within a node limit, and a document's sections by agency.
 */
@RestController
@Tag(name = "pictures", description = "Neighbourhoods and matrices for the planners' workbench")
class PictureController {

	/** Measures read for one picture at most; a picture of more would not be readable anyway. */
	private static final int MEASURE_CAP = 3000;

	private final GraphQueries graph;

	PictureController(GraphQueries graph) {
		this.graph = graph;
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

}
