package io.policygraph.api;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/stats}: node counts per label and relationship counts per type, from Neo4j's count store.
 */
@RestController
class StatsController {

	private final GraphQueries queries;

	StatsController(GraphQueries queries) {
		this.queries = queries;
	}

	/**
	 * @param nodes nodes per label
	 * @param relationships relationships per type
	 */
	record Stats(Map<String, Long> nodes, Map<String, Long> relationships) {
	}

	@GetMapping("/api/stats")
	Stats stats() {
		return this.queries.stats();
	}

	/** Label and type names come from the database itself; quoting keeps any of them a valid name. */
	static String quote(String name) {
		return "`" + name.replace("`", "``") + "`";
	}

}
