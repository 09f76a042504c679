package io.policygraph.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.policygraph.support.EmbeddedGraphTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every ready-made query of {@code cypher/queries/} against the seed graph exactly as an analyst
 * pastes it whole into Neo4j Browser: the file's text, unchanged, as one statement (its parameters are
 * written inline on its first {@code WITH} line, so the Browser asks for nothing first). Checks that each
 * returns rows, that the graph queries give the Browser something to draw, and each answer against a
 * hand-written count or what was read off the corpus.
 */
class QueryFilesIT extends EmbeddedGraphTest {

	static final Path QUERIES = Path.of("cypher/queries");

	/** Neo4j Browser draws at most this many nodes of an answer at first (its initial node display). */
	static final int BROWSER_INITIAL_NODES = 300;

	@BeforeEach
	void seed() throws Exception {
		seedGraph();
	}

	/** The answer of a query file, run as it is written. */
	List<Record> run(String file) throws IOException {
		String text = Files.readString(QUERIES.resolve(file), StandardCharsets.UTF_8);
		try (var session = this.driver.session()) {
			return session.run(text).list();
		}
	}

	/** The nodes and relationships an answer holds anywhere (in paths, lists, maps), as the Browser collects them. */
	record Drawn(Map<String, Node> nodes, Set<String> relationships) {

		static Drawn of(List<Record> records) {
			Drawn drawn = new Drawn(new LinkedHashMap<>(), new LinkedHashSet<>());
			records.forEach(r -> r.values().forEach(v -> drawn.add(v.asObject())));
			return drawn;
		}

		private void add(Object o) {
			switch (o) {
				case org.neo4j.driver.types.Path p -> {
					p.nodes().forEach(this::add);
					p.relationships().forEach(this::add);
				}
				case Node n -> this.nodes.put(n.elementId(), n);
				case Relationship r -> this.relationships.add(r.elementId());
				case Collection<?> c -> c.forEach(this::add);
				case Map<?, ?> m -> m.values().forEach(this::add);
				case null, default -> {
				}
			}
		}

		List<String> ids(String label) {
			return this.nodes.values().stream().filter(n -> n.hasLabel(label)).map(n -> n.get("id").asString()).distinct().toList();
		}

		List<Node> all(String label) {
			return this.nodes.values().stream().filter(n -> n.hasLabel(label)).toList();
		}

	}

	private List<String> column(String cypher, Map<String, Object> params) {
		try (var session = this.driver.session()) {
			return session.run(cypher, params).list(r -> r.get(0).asString());
		}
	}

	@Test
	void everyQueryFileIsOneStatementThatRunsAsPasted() throws IOException {
		List<String> graphs = new ArrayList<>();
		try (Stream<Path> files = Files.list(QUERIES)) {
			List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
			assertThat(names).hasSizeGreaterThanOrEqualTo(11);
			for (String name : names) {
				String text = Files.readString(QUERIES.resolve(name));
				assertThat(text).as(name).startsWith("//").containsPattern("(?m)^WITH ");
				String code = text.replaceAll("(?m)//.*$", "").replaceAll("'[^']*'", "''");
				assertThat(code).as(name + ": one statement, no Browser command").doesNotContain(";").doesNotContainPattern("(?m)^\\s*:");
				List<Record> records = run(name);
				assertThat(records).as(name + " returns rows on the seed graph").isNotEmpty();
				Drawn drawn = Drawn.of(records);
				if (!drawn.nodes().isEmpty()) {
					assertThat(drawn.relationships()).as(name + " draws relationships").isNotEmpty();
					assertThat(drawn.nodes()).as(name + " fits the Browser's first drawing").hasSizeLessThanOrEqualTo(BROWSER_INITIAL_NODES);
					graphs.add(name);
				}
			}
		}
		assertThat(graphs).as("queries the Browser draws as a graph").hasSizeGreaterThanOrEqualTo(5);
	}

	@Test
	void whoLeadsAMeasure() throws IOException {
		// 000 line 721: （牵头单位：市自然资源和规划局；责任单位：市发展改革委、市财政局、市生态环境局、市应急局）
		List<Record> rows = run("01-who-leads-a-measure.cypher");
		assertThat(rows).extracting(r -> r.get("body").asString()).containsExactly("市自然资源和规划局", "市发展改革委", "市财政局",
				"市生态环境局", "市应急局", "各区县政府", "代管镇、街道的功能区管理机构");
		assertThat(rows.get(0).get("role").asString()).isEqualTo("lead");
	}

	@Test
	void theCityManagementBureausMeasuresAndWhatTheySupport() throws IOException {
		Drawn drawn = Drawn.of(run("02-an-agencys-measures-and-chains.cypher"));
		List<String> carried = column("""
				MATCH (:Agency {id: 'jinan:城市管理局'})-[r:LEADS|RESPONSIBLE_FOR]->(m:Measure) WHERE NOT r.inherited
				RETURN DISTINCT m.id""", Map.of());
		assertThat(drawn.ids("Measure")).containsExactlyInAnyOrderElementsOf(carried);
		// it leads the units ending at lines 767, 769, 771 and 807 of the 无废城市 plan
		assertThat(drawn.all("Measure").stream().map(m -> m.get("lineEnd").asInt())).contains(767, 769, 771, 807);
		assertThat(drawn.ids("ChainSegment")).contains("solid-waste.collection");
	}

	@Test
	void theHydrogenChainsSegmentsParksAndCarriers() throws IOException {
		Drawn drawn = Drawn.of(run("03-a-chains-segments-parks-and-carriers.cypher"));
		assertThat(drawn.ids("ChainSegment")).containsExactlyInAnyOrderElementsOf(
				column("MATCH (s:ChainSegment)-[:SEGMENT_OF]->(:Chain {id: 'hydrogen'}) RETURN s.id", Map.of()));
		assertThat(drawn.ids("Park")).containsAll(
				column("MATCH (k:Park)-[:HOSTS]->(:ChainSegment {id: 'hydrogen.fuel-cell'}) RETURN k.id", Map.of()));
		assertThat(drawn.ids("Agency")).contains("beijing:城市管理委员会", "beijing:经济和信息化局");
	}

	@Test
	void inheritedEdgesOfTheZeroWastePlan() throws IOException {
		// 80 units after the rule at line 653, each inheriting 各区县政府 and 代管镇、街道的功能区管理机构
		Record row = run("05-inherited-versus-explicit.cypher").stream()
			.filter(r -> r.get("document").asString().startsWith("济南市“无废城市”")).findFirst().orElseThrow();
		assertThat(row.get("inheritedEdges").asLong()).isEqualTo(160L);
		assertThat(row.get("explicitEdges").asLong()).isEqualTo(28L + 161L);
	}

	@Test
	void theMostSharedPairsComeFirst() throws IOException {
		List<Record> rows = run("06-agencies-sharing-most-measures.cypher");
		assertThat(rows).hasSize(10);
		assertThat(rows).extracting(r -> r.get("shared").asLong()).isSortedAccordingTo((a, b) -> Long.compare(b, a));
	}

	@Test
	void whatTheEcologyBureauAloneLeads() throws IOException {
		// 市生态环境局 is 牵头单位 in 10 units; at line 655 it shares the lead with 起步区管委会
		Drawn drawn = Drawn.of(run("07-left-without-lead-if-removed.cypher"));
		assertThat(drawn.all("Measure")).hasSize(9);
		assertThat(drawn.all("Measure").stream().map(m -> m.get("lineEnd").asInt())).doesNotContain(655);
	}

	@Test
	void treeOfTheZeroWastePlan() throws IOException {
		Drawn drawn = Drawn.of(run("08-a-documents-tree.cypher"));
		assertThat(drawn.all("Document")).singleElement().satisfies(d -> assertThat(d.get("docNo").asString()).isEqualTo("济政字〔2022〕73号"));
		assertThat(drawn.ids("Section")).containsExactlyInAnyOrderElementsOf(column("""
				MATCH (:Document {docNo: '济政字〔2022〕73号'})-[:HAS_SECTION*]->(s:Section) RETURN s.id""", Map.of()));
		assertThat(drawn.ids("Measure")).containsExactlyInAnyOrderElementsOf(column("""
				MATCH (d:Document {docNo: '济政字〔2022〕73号'}) MATCH (m:Measure {documentId: d.id}) WHERE (m)<-[:LEADS]-()
				RETURN m.id""", Map.of()));
		assertThat(drawn.all("Section").stream().map(s -> s.get("path").asString())).contains("二/（七）");
	}

	@Test
	void pathFromABeijingBureauToTheHydrogenChain() throws IOException {
		List<Record> rows = run("09-paths-between-two-entities.cypher");
		org.neo4j.driver.types.Path path = rows.get(0).get("p").asPath();
		assertThat(path.start().get("name").asString()).isEqualTo("市城市管理委");
		assertThat(path.end().get("name").asString()).isEqualTo("氢能");
	}

	@Test
	void bodiesOnTheHydrogenChain() throws IOException {
		List<Record> rows = run("10-bodies-per-segment-of-a-chain.cypher");
		assertThat(rows).extracting(r -> r.get("id").asString()).contains("beijing:城市管理委员会", "beijing:经济和信息化局");
	}

	@Test
	void aMeasureAndItsNeighbourhood() throws IOException {
		// 000 line 741: 奥克斯奶牛扩繁基地, led by 市农业农村局, supporting the utilisation segment, with targets
		Drawn drawn = Drawn.of(run("11-a-measure-and-its-neighbourhood.cypher"));
		assertThat(drawn.all("Measure")).singleElement().satisfies(m -> assertThat(m.get("text").asString()).startsWith("深化畜禽粪污综合利用"));
		assertThat(drawn.ids("Agency")).contains("jinan:农业农村局");
		assertThat(drawn.ids("ChainSegment")).contains("solid-waste.utilisation");
		assertThat(drawn.all("Target")).isNotEmpty();
		assertThat(drawn.all("Document")).hasSize(1);
	}

}
