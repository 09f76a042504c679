package io.policygraph.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;

import org.springframework.stereotype.Component;

/**
 * Read queries for the API, always with parameters. Every query returns projections (maps), never raw
 * nodes, so answers are plain JSON. Reads go straight to the driver in read-mode sessions: in a cluster
 * ({@code neo4j://}) they are routed to followers, and there is no mapping layer between the record and
 * the JSON (see docs/adr/0005).
 */
@Component
class GraphQueries {

	private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

	private final Driver driver;

	GraphQueries(Driver driver) {
		this.driver = driver;
	}

	List<Map<String, Object>> rows(String cypher, Map<String, Object> params) {
		try (var session = this.driver.session(READ)) {
			return new ArrayList<>(session.run(cypher, params).list(Record::asMap));
		}
	}

	Map<String, Object> one(String cypher, Map<String, Object> params) {
		try (var session = this.driver.session(READ)) {
			var result = session.run(cypher, params);
			return result.hasNext() ? result.next().asMap() : null;
		}
	}

	long count(String cypher, Map<String, Object> params) {
		Map<String, Object> row = one(cypher, params);
		return row == null ? 0 : ((Number) row.values().iterator().next()).longValue();
	}

}
