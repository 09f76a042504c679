package io.policygraph.impact;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.policygraph.graph.Transactions;
import io.policygraph.support.EmbeddedGraphTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analyses on a small hand-made graph whose answers can be checked by eye:
 *
 * <pre>
 * m1: A lead, B responsible        supports s1     document d1 (valid to 2025-08-31)
 * m2: A lead                       supports s1     d1
 * m3: C lead, A responsible                        d1
 * m4: A responsible, G inherited                   d1
 * m5: B lead, C responsible        supports s2     d1
 * m6: D responsible                                d2 (no end date)
 * segments s1 → s2 → s3 of chain ch; park P hosts s1; project X belongs to s1
 * </pre>
 */
class ImpactIT extends EmbeddedGraphTest {

	@Autowired
	Transactions transactions;

	@Autowired
	AgencyChangeAnalysis agencyChange;

	@Autowired
	ChainSegmentAnalysis segments;

	@Autowired
	CollaborationAnalysis collaboration;

	@Autowired
	GraphMlExport graphml;

	@BeforeEach
	void handMadeGraph() {
		clean();
		try (var session = this.driver.session()) {
			session.run("""
					CREATE (d1:Document {id: 'd1', title: '甲方案', validTo: date('2025-08-31')}),
					       (d2:Document {id: 'd2', title: '乙方案'}),
					       (a:Agency {id: 't:A', name: 'A局', place: 't'}), (b:Agency {id: 't:B', name: 'B局', place: 't'}),
					       (c:Agency {id: 't:C', name: 'C局', place: 't'}), (dd:Agency {id: 't:D', name: 'D局', place: 't'}),
					       (g:AgencyGroup {id: 't:G', name: '各区政府', place: 't'}),
					       (ch:Chain {id: 'ch', name: '氢能'}),
					       (s1:ChainSegment {id: 'ch.s1', name: '制氢'})-[:SEGMENT_OF]->(ch),
					       (s2:ChainSegment {id: 'ch.s2', name: '储运'})-[:SEGMENT_OF]->(ch),
					       (s3:ChainSegment {id: 'ch.s3', name: '加注'})-[:SEGMENT_OF]->(ch),
					       (s1)-[:FEEDS]->(s2), (s2)-[:FEEDS]->(s3),
					       (:Park {id: 'P', name: '氢能产业园'})-[:HOSTS]->(s1),
					       (:Project {id: 'X', name: '制氢项目'})-[:BELONGS_TO]->(s1)
					WITH *
					UNWIND range(1, 6) AS i
					CREATE (m:Measure {id: 'm' + i, ordinal: i, path: '一/' + i, text: '措施' + i,
					                   documentId: CASE WHEN i = 6 THEN 'd2' ELSE 'd1' END})
					WITH *
					MATCH (m1:Measure {id: 'm1'}), (m2:Measure {id: 'm2'}), (m3:Measure {id: 'm3'}),
					      (m4:Measure {id: 'm4'}), (m5:Measure {id: 'm5'}), (m6:Measure {id: 'm6'})
					WITH DISTINCT a, b, c, dd, g, s1, s2, m1, m2, m3, m4, m5, m6
					CREATE (a)-[:LEADS {role: 'lead', inherited: false, position: 1}]->(m1),
					       (b)-[:RESPONSIBLE_FOR {role: 'responsible', inherited: false, position: 2}]->(m1),
					       (a)-[:LEADS {role: 'lead', inherited: false, position: 1}]->(m2),
					       (c)-[:LEADS {role: 'lead', inherited: false, position: 1}]->(m3),
					       (a)-[:RESPONSIBLE_FOR {role: 'responsible', inherited: false, position: 2}]->(m3),
					       (a)-[:RESPONSIBLE_FOR {role: 'responsible', inherited: false, position: 1}]->(m4),
					       (g)-[:RESPONSIBLE_FOR {role: 'inherited', inherited: true, position: 1}]->(m4),
					       (b)-[:LEADS {role: 'lead', inherited: false, position: 1}]->(m5),
					       (c)-[:RESPONSIBLE_FOR {role: 'responsible', inherited: false, position: 2}]->(m5),
					       (dd)-[:RESPONSIBLE_FOR {role: 'responsible', inherited: false, position: 1}]->(m6),
					       (m1)-[:SUPPORTS]->(s1), (m2)-[:SUPPORTS]->(s1), (m5)-[:SUPPORTS]->(s2)""").consume();
		}
	}

	@SuppressWarnings("unchecked")
	private static List<String> measures(Object grouped) {
		return ((List<Map<String, Object>>) grouped).stream()
			.flatMap(d -> ((Map<String, List<Map<String, Object>>>) d.get("sections")).values().stream())
			.flatMap(List::stream)
			.map(m -> (String) m.get("measure"))
			.sorted()
			.toList();
	}

	@Test
	void removingAnAgency() {
		Map<String, Object> r = this.agencyChange.analyse("t:A", AgencyChangeAnalysis.Change.REMOVE, null, null, null, true);
		assertThat(measures(r.get("leftWithoutAnyLead"))).containsExactly("m1");
		assertThat(measures(r.get("leftWithoutAnyResponsibleBody"))).containsExactly("m2");
		assertThat(measures(r.get("shared"))).containsExactly("m3", "m4");
		assertThat(r.get("measuresAffected")).isEqualTo(4);
		@SuppressWarnings("unchecked")
		var segment = ((Map<String, List<Map<String, Object>>>) r.get("supports")).get("ChainSegment").get(0);
		assertThat(segment).containsEntry("id", "ch.s1").containsEntry("affectedMeasures", 2)
			.containsEntry("measuresLeftWithoutAnyBody", 1);
	}

	@Test
	void inheritedResponsibilityCanBeLeftOut() {
		Map<String, Object> r = this.agencyChange.analyse("t:A", AgencyChangeAnalysis.Change.REMOVE, null, null, null, false);
		assertThat(measures(r.get("leftWithoutAnyResponsibleBody"))).containsExactly("m2", "m4");
	}

	@Test
	void mergingMovesTheLoad() {
		Map<String, Object> r = this.agencyChange.analyse("t:A", AgencyChangeAnalysis.Change.MERGE, "t:B", null, null, true);
		assertThat(r.get("receiverLoad")).isEqualTo(Map.of("before", Map.of("lead", 1L, "any", 2L), "after",
				Map.of("lead", 3L, "any", 5L)));
		assertThat(measures(r.get("leftWithoutAnyLead"))).isEmpty();
	}

	@Test
	void asOfLeavesOutDocumentsNoLongerInForce() {
		Map<String, Object> r = this.agencyChange.analyse("t:A", AgencyChangeAnalysis.Change.REMOVE, null, null,
				LocalDate.of(2026, 1, 1), true);
		assertThat(r.get("measuresAffected")).isEqualTo(0);
	}

	@Test
	void chainSegmentDependencies() {
		Map<String, Object> r = this.segments.analyse("ch.s1");
		assertThat((List<Map<String, Object>>) cast(r.get("downstream"))).extracting(m -> m.get("id"))
			.containsExactlyInAnyOrder("ch.s2", "ch.s3");
		assertThat((List<Map<String, Object>>) cast(r.get("parks"))).extracting(m -> m.get("id")).containsExactly("P");
		assertThat((List<Map<String, Object>>) cast(r.get("projects"))).extracting(m -> m.get("id")).containsExactly("X");
		Map<String, Object> spof = cast(r.get("singlePointsOfFailure"));
		assertThat(spof.get("measuresCarriedByOneBody")).isEqualTo(List.of("m2"));
		assertThat(spof.get("segmentCarriedByOneBody")).isNull();
		List<Map<String, Object>> carriers = cast(r.get("carriers"));
		assertThat(carriers).extracting(c -> c.get("id"), c -> c.get("measures"), c -> c.get("leads"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("t:A", 2L, 2L), org.assertj.core.groups.Tuple.tuple("t:B", 1L, 0L));
		assertThat(r.get("supportingMeasures")).isEqualTo(2L);
	}

	@Test
	void expiringPolicies() {
		Map<String, Object> r = this.segments.expiring(LocalDate.of(2025, 9, 1), null, null);
		assertThat((List<Map<String, Object>>) cast(r.get("documents"))).extracting(d -> d.get("id")).containsExactly("d1");
		assertThat(r.get("documentCount")).isEqualTo(1L);
		assertThat((List<Map<String, Object>>) cast(r.get("leftWithoutSupportInForce"))).extracting(d -> d.get("id"))
			.containsExactly("ch.s1", "ch.s2");
		List<Object> none = cast(this.segments.expiring(LocalDate.of(2025, 8, 30), null, null).get("documents"));
		assertThat(none).isEmpty();
	}

	@Test
	void collaborationNetworkWithJGraphT() {
		Map<String, Object> r = this.collaboration.analyse(null, true, 20);
		Map<String, Object> network = cast(r.get("collaboration"));
		assertThat(network.get("agencies")).isEqualTo(4);
		assertThat(network.get("links")).isEqualTo(4);
		assertThat(network.get("articulationPoints")).isEqualTo(List.of("t:A"));
		assertThat((List<Map<String, Object>>) cast(network.get("bridges"))).hasSize(1);
		List<Map<String, Object>> centrality = cast(network.get("centrality"));
		// G reaches B and C only through A: 2 of the 3 pairs A could lie between
		assertThat(centrality.get(0)).containsEntry("id", "t:A").containsEntry("degree", 3).containsEntry("betweenness", 0.666667);
		assertThat(network.get("betweenness")).isEqualTo(Map.of("method", "exact", "engine", "jgrapht", "sources", 4,
				"normalisedBy", "(n-1)(n-2)/2 agency pairs; paths counted in hops"));
		assertThat(network).containsEntry("articulationPointCount", 1).containsEntry("bridgeCount", 1);
		assertThat((List<Map<String, Object>>) cast(network.get("mostSharedPairs"))).first()
			.isEqualTo(Map.of("a", "t:A", "b", "t:B", "shared", 1));
		List<Map<String, Object>> workload = cast(r.get("workload"));
		assertThat(workload.get(0)).containsEntry("id", "t:A").containsEntry("lead", 2L).containsEntry("responsible", 2L);
		Map<String, Object> explicitOnly = cast(this.collaboration.analyse(null, false, 20).get("collaboration"));
		assertThat(explicitOnly.get("agencies")).isEqualTo(3);
	}

	/** role=lead counts lead facts alone, in the ranking and the network: two bodies are linked when both lead a measure. */
	@Test
	@SuppressWarnings("unchecked")
	void collaborationInOneRole() {
		try (var session = this.driver.session()) {
			session.run("""
					MATCH (c:Agency {id: 't:C'}), (m:Measure {id: 'm1'})
					CREATE (c)-[:LEADS {role: 'lead', inherited: false, position: 3}]->(m)""").consume();
		}
		Map<String, Object> leads = this.collaboration.analyse(null, null, true, "lead", 20);
		List<Map<String, Object>> workload = cast(leads.get("workload"));
		assertThat(workload).extracting(w -> w.get("id") + " " + w.get("lead") + " " + w.get("responsible") + " " + w.get("inherited"))
			.containsExactly("t:A 2 0 0", "t:C 2 0 0", "t:B 1 0 0");
		Map<String, Object> network = cast(leads.get("collaboration"));
		assertThat(network).containsEntry("agencies", 2).containsEntry("links", 1);
		Map<String, Object> pair = ((List<Map<String, Object>>) cast(network.get("mostSharedPairs"))).getFirst();
		assertThat(Set.of(pair.get("a"), pair.get("b"))).isEqualTo(Set.of("t:A", "t:C"));

		// named as responsible: A on m3 and m4, no measure with two such bodies
		Map<String, Object> responsible = this.collaboration.analyse(null, null, true, "responsible", 20);
		assertThat((List<Map<String, Object>>) cast(responsible.get("workload"))).first()
			.satisfies(w -> assertThat(w).containsEntry("id", "t:A").containsEntry("lead", 0L).containsEntry("responsible", 2L));
		assertThat((Map<String, Object>) cast(responsible.get("collaboration"))).containsEntry("links", 0);
		// any role: every fact links (A–B, A–C, B–C on m1 and the rest, A–G by inheritance)
		assertThat((Map<String, Object>) cast(this.collaboration.analyse(null, null, true, "any", 20).get("collaboration")))
			.containsEntry("links", 4);
	}

	/** The array engine used for national networks gives JGraphT's answer; a jurisdiction gives its own bodies. */
	@Test
	void largeNetworkEngineAndJurisdictionAgree() {
		Map<String, Object> jgrapht = cast(this.collaboration.analyse(null, true, 20).get("collaboration"));
		Map<String, Object> arrays = cast(new CollaborationAnalysis(this.transactions, new AnalyticsProperties(0, 1_000_000L))
			.analyse(null, true, 20).get("collaboration"));
		for (String key : List.of("agencies", "links", "centrality", "mostSharedPairs", "articulationPoints", "bridges")) {
			assertThat(arrays.get(key)).as(key).isEqualTo(jgrapht.get(key));
		}
		assertThat((Map<String, Object>) cast(arrays.get("betweenness"))).containsEntry("engine", "arrays").containsEntry("method", "exact");
		Map<String, Object> sampled = cast(new CollaborationAnalysis(this.transactions, new AnalyticsProperties(0, 1))
			.analyse(null, true, 20).get("collaboration"));
		assertThat((Map<String, Object>) cast(sampled.get("betweenness"))).containsEntry("method", "sampled").containsEntry("sources", 1)
			.containsEntry("seed", CollaborationAnalysis.SEED);
		Map<String, Object> inT = this.collaboration.analyse("t", true, 20);
		assertThat(((Map<String, Object>) cast(inT.get("collaboration"))).get("centrality")).isEqualTo(jgrapht.get("centrality"));
		assertThat(this.collaboration.analyse("elsewhere", true, 20).get("workload")).isEqualTo(List.of());
	}

	@Test
	void graphmlOfAnAgencyNeighbourhood() {
		String xml = this.graphml.export("agency:t:A");
		assertThat(xml).startsWith("<?xml").contains("<graphml").contains("A局").contains("各区政府").contains("LEADS");
		assertThat(xml.split("<node ").length - 1).isEqualTo(1 + 4 + 3);
	}

	@SuppressWarnings("unchecked")
	private static <T> T cast(Object o) {
		return (T) o;
	}

}
