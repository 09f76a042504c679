package io.policygraph.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Read queries for the API, always with parameters. Every query returns projections (maps), never raw
 * nodes, so answers are plain JSON.
 */
@Component
class GraphQueries {

	/** A body by id whatever its label, through the unique-id indexes of each label. */
	static final String BODY_BY_ID = """
			CALL (*) {
			  MATCH (a:Agency {id: $id}) RETURN a
			  UNION MATCH (a:AgencyGroup {id: $id}) RETURN a
			  UNION MATCH (a:Organisation {id: $id}) RETURN a
			}""";

	private final Neo4jClient client;

	GraphQueries(Neo4jClient client) {
		this.client = client;
	}

	List<Map<String, Object>> rows(String cypher, Map<String, Object> params) {
		return new ArrayList<>(this.client.query(cypher).bindAll(params).fetch().all());
	}

	Map<String, Object> one(String cypher, Map<String, Object> params) {
		return this.client.query(cypher).bindAll(params).fetch().one().orElse(null);
	}

	long count(String cypher, Map<String, Object> params) {
		Map<String, Object> row = one(cypher, params);
		return row == null ? 0 : ((Number) row.values().iterator().next()).longValue();
	}

}
