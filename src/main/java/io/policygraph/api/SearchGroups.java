package io.policygraph.api;

import java.util.List;
import java.util.Map;

/**
 * Full-text hits grouped by kind: how many of each, and the best few of each.
 */
record SearchGroups(String q, int per, List<Group> groups) {

	record Group(String type, long total, List<Hit> hits) {
	}

	record Hit(String id, String type, String name, String excerpt, String document, double score) {
	}

	static SearchGroups of(String q, int per, List<Map<String, Object>> rows) {
		List<Group> groups = rows.stream().map(r -> {
			String type = (String) r.get("type");
			List<Hit> hits = ((List<?>) r.get("hits")).stream().map(MeasureController::castMap)
				.map(h -> new Hit((String) h.get("id"), type, (String) h.get("name"), (String) h.get("excerpt"),
						(String) h.get("document"), ((Number) h.get("score")).doubleValue()))
				.toList();
			return new Group(type, ((Number) r.get("total")).longValue(), hits);
		}).toList();
		return new SearchGroups(q, per, groups);
	}

}
