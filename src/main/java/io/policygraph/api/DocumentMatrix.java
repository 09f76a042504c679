package io.policygraph.api;

import java.util.List;
import java.util.Map;

/**
 * Who carries which part of a document: one cell per section path and body, with the body's measures there
 * by role.
 */
record DocumentMatrix(String document, String title, List<Cell> cells) {

	record Cell(String path, String agency, String name, long lead, long responsible, long inherited) {
	}

	static DocumentMatrix of(Map<String, Object> row) {
		List<Cell> cells = ((List<?>) row.get("cells")).stream().map(MeasureController::castMap)
			.map(c -> new Cell((String) c.get("path"), (String) c.get("agency"), (String) c.get("name"), number(c.get("lead")),
					number(c.get("responsible")), number(c.get("inherited"))))
			.toList();
		return new DocumentMatrix((String) row.get("id"), (String) row.get("title"), cells);
	}

	private static long number(Object o) {
		return ((Number) o).longValue();
	}

}
