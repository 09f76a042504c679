package io.policygraph.graph;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which statements of a migration share a transaction: runs of index and constraint commands, each procedure call
 * alone, in the written order.
 */
class SchemaMigratorTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			CREATE INDEX a FOR (n:A) ON (n.x); CREATE CONSTRAINT b FOR (n:B) REQUIRE n.id IS UNIQUE | 2
			DROP INDEX search IF EXISTS; CREATE FULLTEXT INDEX search FOR (n:A) ON EACH [n.x]; CALL db.awaitIndex('search', 600) | 2,1
			CALL db.awaitIndexes(); create index c for (n:C) on (n.y); drop index c | 1,2
			CREATE INDEX a FOR (n:A) ON (n.x); MATCH (n:A) SET n.x = 1; CREATE INDEX d FOR (n:D) ON (n.z) | 1,1,1
			""")
	void consecutiveSchemaCommandsShareATransaction(String script, String sizes) {
		List<String> statements = SchemaMigrator.statements(script.replace("; ", ";\n"));
		List<List<String>> groups = SchemaMigrator.schemaGroups(statements);
		assertThat(groups.stream().map(g -> Integer.toString(g.size())).toList()).containsExactly(sizes.split(","));
		assertThat(groups.stream().flatMap(List::stream).toList()).isEqualTo(statements);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			1 | 1
			8 | 2
			""")
	void theCommittedMigrationsGroupAsWritten(int version, int groups) {
		SchemaMigrator.Migration m = SchemaMigrator.migrations().stream().filter(x -> x.version() == version).findFirst().orElseThrow();
		assertThat(SchemaMigrator.schemaGroups(m.statements())).hasSize(groups);
	}

}
