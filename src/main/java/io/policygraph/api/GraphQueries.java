package io.policygraph.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Read queries for the API, always with parameters. Every query returns projections (maps), never raw
 * nodes; controllers turn them into typed answer records, so that the API description has their schemas. Reads go straight to the driver in read-mode sessions: in a cluster
 * ({@code neo4j://}) they are routed to followers, and there is no mapping layer between the record and
 * the JSON (see docs/adr/0005).
 */
@Component
class GraphQueries {

	private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

	private final Driver driver;

	private final JsonMapper mapper;

	GraphQueries(Driver driver, JsonMapper mapper) {
		this.driver = driver;
		this.mapper = mapper.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
	}

	/** {@return the rows as records of {@code type}: each column fills the component of its name} */
	<T> List<T> rows(String cypher, Map<String, Object> params, Class<T> type) {
		return rows(cypher, params).stream().map(r -> as(r, type)).toList();
	}

	/** {@return a projection (a map from a query) as a typed answer record} */
	<T> T as(Object projection, Class<T> type) {
		return this.mapper.convertValue(projection, type);
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
