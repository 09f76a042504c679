package io.policygraph.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.policygraph.support.EmbeddedGraphTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.summary.Plan;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every statement of the batched write path (ADR 0014) finds its nodes by index seeks: its plan, as Neo4j
 * explains it on the schema the migrations create, holds no scan of a label or of all nodes, so the cost of a
 * batch does not grow with the store.
 */
class WritePlansIT extends EmbeddedGraphTest {

	@Test
	void everyWriteStatementSeeksAndNeverScans() {
		Map<String, String> statements = new LinkedHashMap<>();
		// explained without the replan option (DocumentGraphWriter.PINNED), which does not change a plan's shape
		statements.put("documents", DocumentGraphWriter.WRITE_DOCUMENTS);
		DocumentGraphWriter.PARTS.forEach(p -> statements.put(p.name(), p.statement()));
		statements.put("settle", DocumentGraphWriter.SETTLE);
		Map<String, Object> params = Map.of("docs", List.of(), "rows", List.of(), "oldDerived", List.of(), "derived",
				List.of(), "oldProvisional", List.of());
		try (var session = this.driver.session()) {
			statements.forEach((name, statement) -> {
				Plan plan = session.run("EXPLAIN " + statement, params).consume().plan();
				List<String> operators = new ArrayList<>();
				collect(plan, operators);
				assertThat(operators).as(name + " statement's operators").isNotEmpty()
					.noneMatch(o -> o.contains("LabelScan") || o.contains("AllNodesScan") || o.contains("IndexScan"));
				assertThat(operators).as(name + " statement's operators").anyMatch(o -> o.contains("Seek") || o.contains("Merge")
						|| o.contains("Create") || o.contains("Unwind"));
			});
		}
	}

	private static void collect(Plan plan, List<String> out) {
		out.add(plan.operatorType());
		plan.children().forEach(c -> collect(c, out));
	}

}
