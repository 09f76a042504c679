package io.policygraph.api;

import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/stats}: node counts per label and relationship counts per type, from Neo4j's count store.
 */
@RestController
class StatsController {

	private final Driver driver;

	StatsController(Driver driver) {
		this.driver = driver;
	}

	/**
	 * @param nodes nodes per label
	 * @param relationships relationships per type
	 */
	record Stats(Map<String, Long> nodes, Map<String, Long> relationships) {
	}

	@GetMapping("/api/stats")
	Stats stats() {
		Map<String, Long> labels = new TreeMap<>();
		Map<String, Long> types = new TreeMap<>();
		try (var session = this.driver.session()) {
			for (var r : session.run("CALL db.labels() YIELD label RETURN label").list()) {
				String label = r.get("label").asString();
				labels.put(label, session.run("MATCH (n:" + quote(label) + ") RETURN count(n) AS c").single().get("c").asLong());
			}
			for (var r : session.run("CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType").list()) {
				String type = r.get("relationshipType").asString();
				types.put(type, session.run("MATCH ()-[r:" + quote(type) + "]->() RETURN count(r) AS c").single().get("c").asLong());
			}
		}
		return new Stats(labels, types);
	}

	/** Label and type names come from the database itself; quoting keeps any of them a valid name. */
	static String quote(String name) {
		return "`" + name.replace("`", "``") + "`";
	}

}
