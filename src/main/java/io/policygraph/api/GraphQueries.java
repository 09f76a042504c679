package io.policygraph.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.policygraph.graph.Transactions;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Read queries for the API, always with parameters. Every query returns projections (maps), never raw
 * nodes; controllers turn them into typed answer records, so that the API description has their schemas. Reads go
 * straight to the driver as managed read transactions ({@link Transactions}: retried, time-limited, routed to
 * followers in a cluster, after the last write's bookmark), with no mapping layer between the record and the JSON
 * (see docs/adr/0005, 0021).
 */
@Component
class GraphQueries {

	private final Transactions transactions;

	private final JsonMapper mapper;

	GraphQueries(Transactions transactions, JsonMapper mapper) {
		this.transactions = transactions;
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
		return new ArrayList<>(this.transactions.rows(cypher, params));
	}

	Map<String, Object> one(String cypher, Map<String, Object> params) {
		return this.transactions.one(cypher, params).orElse(null);
	}

	/** {@return nodes per label and relationships per type, read in one transaction so they agree} */
	StatsController.Stats stats() {
		return this.transactions.read(tx -> {
			Map<String, Long> labels = new TreeMap<>();
			Map<String, Long> types = new TreeMap<>();
			for (var r : tx.run("CALL db.labels() YIELD label RETURN label").list()) {
				String label = r.get("label").asString();
				labels.put(label, tx.run("MATCH (n:" + StatsController.quote(label) + ") RETURN count(n) AS c").single().get("c").asLong());
			}
			for (var r : tx.run("CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType").list()) {
				String type = r.get("relationshipType").asString();
				types.put(type, tx.run("MATCH ()-[r:" + StatsController.quote(type) + "]->() RETURN count(r) AS c").single().get("c").asLong());
			}
			return new StatsController.Stats(labels, types);
		});
	}

	long count(String cypher, Map<String, Object> params) {
		Map<String, Object> row = one(cypher, params);
		return row == null ? 0 : ((Number) row.values().iterator().next()).longValue();
	}

}
