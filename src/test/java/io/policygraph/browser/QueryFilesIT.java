package io.policygraph.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.policygraph.support.EmbeddedGraphTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every ready-made query of {@code cypher/queries/} against the seed graph exactly as an analyst
 * pastes it into Neo4j Browser (its {@code :param} lines give the parameters), and checks the answer
 * against what was read off the corpus by hand.
 */
class QueryFilesIT extends EmbeddedGraphTest {

	static final Path QUERIES = Path.of("cypher/queries");

	@BeforeEach
	void seed() throws Exception {
		seedGraph();
	}

	/** Runs a query file: {@code :param} lines are evaluated by Neo4j itself, the rest is the query. */
	List<Map<String, Object>> run(String file) throws IOException {
		Map<String, Object> params = new HashMap<>();
		StringBuilder query = new StringBuilder();
		for (String line : Files.readAllLines(QUERIES.resolve(file), StandardCharsets.UTF_8)) {
			String l = line.strip();
			if (l.startsWith(":param")) {
				String[] kv = l.substring(6).replaceAll(";$", "").split("=>", 2);
				try (var session = this.driver.session()) {
					params.put(kv[0].strip(), session.run("RETURN " + kv[1].strip() + " AS v").single().get("v").asObject());
				}
			}
			else if (!l.startsWith("//")) {
				query.append(line).append('\n');
			}
		}
		try (var session = this.driver.session()) {
			return session.run(query.toString().strip().replaceAll(";$", ""), params).list(r -> r.asMap());
		}
	}

	@Test
	void everyQueryFileStatesItsParametersAndRuns() throws IOException {
		try (Stream<Path> files = Files.list(QUERIES)) {
			List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
			assertThat(names).hasSizeGreaterThanOrEqualTo(9);
			for (String name : names) {
				String text = Files.readString(QUERIES.resolve(name));
				assertThat(text).as(name).startsWith("//").contains(":param");
				assertThat(run(name)).as(name + " returns rows on the seed graph").isNotEmpty();
			}
		}
	}

	@Test
	void whoLeadsAMeasure() throws IOException {
		// 000 line 721: （牵头单位：市自然资源和规划局；责任单位：市发展改革委、市财政局、市生态环境局、市应急局）
		List<Map<String, Object>> rows = run("01-who-leads-a-measure.cypher");
		assertThat(rows).extracting(r -> r.get("body")).containsExactly("市自然资源和规划局", "市发展改革委", "市财政局",
				"市生态环境局", "市应急局", "各区县政府", "代管镇、街道的功能区管理机构");
		assertThat(rows.get(0).get("role")).isEqualTo("lead");
	}

	@Test
	void whatTheCityManagementBureauLeads() throws IOException {
		List<Map<String, Object>> rows = run("02-what-an-agency-leads.cypher");
		assertThat(rows).extracting(r -> ((Number) r.get("line")).intValue()).containsExactly(767, 769, 771, 807);
	}

	@Test
	void bodiesOnTheHydrogenChain() throws IOException {
		List<Map<String, Object>> rows = run("03-agencies-on-a-chain.cypher");
		assertThat(rows).extracting(r -> r.get("id")).contains("beijing:城市管理委员会", "beijing:经济和信息化局");
	}

	@Test
	void inheritedEdgesOfTheZeroWastePlan() throws IOException {
		// 80 units after the rule at line 653, each inheriting 各区县政府 and 代管镇、街道的功能区管理机构
		Map<String, Object> row = run("05-inherited-versus-explicit.cypher").stream()
			.filter(r -> ((String) r.get("document")).startsWith("济南市“无废城市”")).findFirst().orElseThrow();
		assertThat(row.get("inheritedEdges")).isEqualTo(160L);
		assertThat(row.get("explicitEdges")).isEqualTo(28L + 161L);
	}

	@Test
	void whatTheEcologyBureauAloneLeads() throws IOException {
		// 市生态环境局 is 牵头单位 in 10 units; at line 655 it shares the lead with 起步区管委会
		List<Map<String, Object>> rows = run("07-left-without-lead-if-removed.cypher");
		assertThat(rows).hasSize(9);
		assertThat(rows).extracting(r -> ((Number) r.get("line")).intValue()).doesNotContain(655);
	}

	@Test
	void structureOfTheZeroWastePlan() throws IOException {
		List<Map<String, Object>> rows = run("08-document-structure.cypher");
		assertThat(rows.get(0).get("path")).isEqualTo("一");
		long units = rows.stream().mapToLong(r -> ((Number) r.get("withResponsibility")).longValue()).sum();
		assertThat(units).isEqualTo(81);
		assertThat(rows.stream().map(r -> (String) r.get("path")).collect(Collectors.toSet())).contains("二/（七）/5");
	}

	@Test
	void pathFromABeijingBureauToTheHydrogenChain() throws IOException {
		List<Map<String, Object>> rows = run("09-paths-between-two-entities.cypher");
		@SuppressWarnings("unchecked")
		List<String> way = (List<String>) rows.get(0).get("way");
		assertThat(way.get(0)).isEqualTo("市城市管理委");
		assertThat(way.get(way.size() - 1)).isEqualTo("氢能");
	}

}
