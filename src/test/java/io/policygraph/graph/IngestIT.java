package io.policygraph.graph;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.policygraph.ingest.UnreadableSourceException;
import io.policygraph.load.IngestService;
import io.policygraph.load.IngestSummary;
import io.policygraph.support.EmbeddedGraphTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ingest into a clean database, checked against a hand-read excerpt of the Jinan 无废城市 plan
 * ({@code fixtures/jinan-wufei-excerpt.txt} = lines 607–662 of {@code 000_06e836f55181acee.txt}).
 */
class IngestIT extends EmbeddedGraphTest {

	static final Path EXCERPT = Path.of("src/test/resources/fixtures/jinan-wufei-excerpt.txt");

	@Autowired
	IngestService ingest;

	@BeforeEach
	void cleanDatabase() {
		clean();
		this.seedLoader.load(List.of());
	}

	@Test
	void documentMetadataAndJurisdiction() throws Exception {
		IngestSummary s = this.ingest.ingest(List.of(EXCERPT), line -> { });
		assertThat(s.created()).hasSize(1);
		var d = single("""
				MATCH (d:Document)-[:IN_JURISDICTION]->(p:Place)
				RETURN d.title AS title, d.docNo AS docNo, d.issuedOn AS issuedOn, p.id AS place, d.kind AS kind""");
		assertThat(d.get("title")).isEqualTo("济南市“无废城市”建设实施方案（2022—2025年）");
		assertThat(d.get("docNo")).isEqualTo("济政字〔2022〕73号");
		assertThat(d.get("issuedOn")).hasToString("2022-11-09");
		assertThat(d.get("place")).isEqualTo("jinan");
		assertThat(d.get("kind")).isEqualTo("实施方案");
	}

	@Test
	void coLeadsWithProvenanceAndWrittenOrder() throws Exception {
		this.ingest.ingest(List.of(EXCERPT), line -> { });
		// line 49 of the excerpt = line 655 of the corpus file
		var rows = rows("""
				MATCH (a)-[r:LEADS]->(m:Measure {lineEnd: 49})
				RETURN a.id AS agency, r.position AS position, r.surface AS surface, r.sourceFile AS file, r.raw AS raw
				ORDER BY r.position""");
		assertThat(rows).extracting(r -> r.get("agency")).containsExactly("jinan-qibuqu:管理委员会", "jinan:生态环境局");
		assertThat(rows.get(0).get("file")).isEqualTo("jinan-wufei-excerpt.txt");
		assertThat((String) rows.get(0).get("raw")).startsWith("（牵头单位：济南新旧动能转换起步区管委会、市生态环境局；责任单位：");
		assertThat(count("MATCH (:AgencyGroup {id: 'jinan:市政府有关部门、单位'})-[:RESPONSIBLE_FOR {inherited: false}]->(:Measure {lineEnd: 49}) RETURN count(*) AS c"))
			.isEqualTo(1);
	}

	@Test
	void inheritedDefaultIsKeptApartAndStartsAfterTheRule() throws Exception {
		this.ingest.ingest(List.of(EXCERPT), line -> { });
		// the rule sits in the first annotation (excerpt line 47): it applies to the later units only
		assertThat(count("MATCH (:AgencyGroup {id: 'jinan:各区县政府'})-[r:RESPONSIBLE_FOR]->(m:Measure) WHERE r.inherited RETURN count(m) AS c"))
			.isEqualTo(3);
		assertThat(count("MATCH (:AgencyGroup {id: 'jinan:各区县政府'})-[r:RESPONSIBLE_FOR]->(m:Measure {lineEnd: 47}) RETURN count(r) AS c"))
			.isEqualTo(1);
		assertThat(count("MATCH ()-[r:RESPONSIBLE_FOR {inherited: true}]->(:Measure {lineEnd: 47}) RETURN count(r) AS c"))
			.isZero();
	}

	@Test
	void sameFileTwiceChangesNothingAndAChangedFileReplacesItsDocuments() throws Exception {
		this.ingest.ingest(List.of(EXCERPT), line -> { });
		long nodes = count("MATCH (n) RETURN count(n) AS c");
		long edges = count("MATCH ()-[r]->() RETURN count(r) AS c");
		IngestSummary again = this.ingest.ingest(List.of(EXCERPT), line -> { });
		assertThat(again.unchanged()).hasSize(1);
		assertThat(again.created()).isEmpty();
		assertThat(count("MATCH (n) RETURN count(n) AS c")).isEqualTo(nodes);
		assertThat(count("MATCH ()-[r]->() RETURN count(r) AS c")).isEqualTo(edges);

		String changed = Files.readString(EXCERPT).replace("（责任单位：市政府有关部门、单位）", "（责任单位：市财政局）");
		IngestSummary replaced = this.ingest.ingest("jinan-wufei-excerpt.txt", changed.getBytes(StandardCharsets.UTF_8), line -> { });
		assertThat(replaced.replaced()).extracting(IngestSummary.Outcome::replacedBy)
			.containsExactly(replaced.created().get(0).id());
		assertThat(count("MATCH (d:Document) RETURN count(d) AS c")).isEqualTo(1);
		assertThat(count("MATCH (d:Document) RETURN size(d.supersedes) AS c")).isEqualTo(1);
		assertThat(count("MATCH (:Agency {id: 'jinan:财政局'})-[:RESPONSIBLE_FOR]->(m:Measure) RETURN count(m) AS c")).isEqualTo(2);
	}

	@Test
	void aDeletedSeedDocumentStaysDeletedWhenTheSeedIsLoadedAgain() throws Exception {
		this.seedLoader.load(List.of(EXCERPT));
		String id = single("MATCH (d:Document) RETURN d.id AS id").get("id").toString();
		long nodes = count("MATCH (n) WHERE NOT n:SourceFile RETURN count(n) AS c");
		assertThat(this.ingest.delete(id)).isNotNull();
		// a restart loads the seed corpus again: the deleted document is not brought back
		this.seedLoader.load(List.of(EXCERPT));
		assertThat(count("MATCH (d:Document) RETURN count(d) AS c")).isZero();
		// asking for the file explicitly does bring it back, as it was
		IngestSummary again = this.ingest.ingest(List.of(EXCERPT), line -> { });
		assertThat(again.created()).extracting(IngestSummary.Outcome::id).containsExactly(id);
		assertThat(count("MATCH (n) WHERE NOT n:SourceFile RETURN count(n) AS c")).isEqualTo(nodes);
	}

	@Test
	void twoConcurrentIngestsOfTheSameFileLeaveOneCopy() throws Exception {
		byte[] bytes = Files.readAllBytes(EXCERPT);
		this.ingest.ingest("same.txt", bytes, line -> { });
		long nodes = count("MATCH (n) RETURN count(n) AS c");
		long edges = count("MATCH ()-[r]->() RETURN count(r) AS c");
		for (int round = 0; round < 3; round++) {
			clean();
			this.seedLoader.load(List.of());
			var start = new java.util.concurrent.CountDownLatch(1);
			try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
				List<java.util.concurrent.Future<IngestSummary>> runs = new java.util.ArrayList<>();
				for (int i = 0; i < 2; i++) {
					runs.add(pool.submit(() -> {
						start.await();
						return this.ingest.ingest("same.txt", bytes, line -> { });
					}));
				}
				start.countDown();
				for (var run : runs) {
					run.get(); // neither fails
				}
			}
			assertThat(count("MATCH (d:Document) RETURN count(d) AS c")).as("round %d", round).isEqualTo(1);
			assertThat(count("MATCH (n) RETURN count(n) AS c")).as("round %d", round).isEqualTo(nodes);
			assertThat(count("MATCH ()-[r]->() RETURN count(r) AS c")).as("round %d", round).isEqualTo(edges);
		}
	}

	@Test
	void unreadableInputWritesNothing() {
		long nodes = count("MATCH (n) RETURN count(n) AS c");
		assertThatThrownBy(() -> this.ingest.ingest("empty.txt", new byte[0], line -> { }))
			.isInstanceOf(UnreadableSourceException.class)
			.hasMessageContaining("empty.txt");
		assertThat(count("MATCH (n) RETURN count(n) AS c")).isEqualTo(nodes);
	}

	@Test
	void unknownBodiesBecomeProvisionalAgenciesOfTheDocumentsCity() {
		String text = "青岛市人民政府办公厅关于印发青岛市测试行动方案的通知\n各区、市人民政府：\n现印发。\n青岛市人民政府办公厅\n2024年5月1日\n"
				+ "青岛市测试行动方案\n一、任务\n1.建设智慧渔港。（责任单位：市海洋渔业智慧局、市发展改革委）\n";
		IngestSummary s = this.ingest.ingest("qd-test.txt", text.getBytes(StandardCharsets.UTF_8), line -> { });
		assertThat(s.unresolved()).containsExactly("qingdao:市海洋渔业智慧局");
		assertThat(count("MATCH (a:Agency {id: 'qingdao:?市海洋渔业智慧局', provisional: true})-[:SERVES]->(:Place {id: 'qingdao'}) RETURN count(a) AS c"))
			.isEqualTo(1);
		assertThat(count("MATCH (:Agency {id: 'qingdao:发展和改革委员会'})-[:RESPONSIBLE_FOR]->(:Measure) RETURN count(*) AS c")).isEqualTo(1);
	}

	@Test
	void everyFactNamesItsFormAndEveryUnitItsFlags() throws Exception {
		this.ingest.ingest(List.of(EXCERPT), line -> { });
		assertThat(count("MATCH ()-[r:LEADS|RESPONSIBLE_FOR]->(:Measure) WHERE r.form IS NULL OR r.form = '' RETURN count(r) AS c"))
			.isZero();
		assertThat(single("MATCH (:Agency {id: 'jinan:生态环境局'})-[r:LEADS]->(:Measure {lineEnd: 49}) RETURN r.form AS form")
			.get("form")).isEqualTo("keyword-bracket");
		assertThat(count("""
				MATCH (:AgencyGroup {id: 'jinan:各区县政府'})-[r:RESPONSIBLE_FOR {inherited: true}]->(m:Measure)
				WHERE r.form = 'inherited-default' AND 'rule-applied' IN m.flags RETURN count(r) AS c""")).isEqualTo(3);
		String text = "青岛市人民政府办公厅关于印发青岛市测试行动方案的通知\n各区、市人民政府：\n现印发。\n青岛市人民政府办公厅\n2024年5月1日\n"
				+ "青岛市测试行动方案\n一、任务\n1.建设智慧渔港。（责任单位：市海洋渔业智慧局、市发展改革委）\n";
		this.ingest.ingest("qd-flags.txt", text.getBytes(StandardCharsets.UTF_8), line -> { });
		assertThat(count("MATCH (m:Measure {sourceFile: 'qd-flags.txt'}) WHERE 'unresolved-name' IN m.flags RETURN count(m) AS c"))
			.isEqualTo(1);
	}

	private Map<String, Object> single(String cypher) {
		return rows(cypher).get(0);
	}

	private List<Map<String, Object>> rows(String cypher) {
		try (var session = this.driver.session()) {
			return session.run(cypher).list(r -> r.asMap());
		}
	}

}
