package io.policygraph.graph;

import io.policygraph.support.EmbeddedGraphTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the seed graph: responsibility never crosses into another city's bodies.
 */
class JurisdictionIT extends EmbeddedGraphTest {

	@BeforeEach
	void seed() throws Exception {
		seedGraph();
	}

	@Test
	void noCityLevelAgencyCarriesMeasuresOfAnotherCitysDocuments() {
		long crossing = count("""
				MATCH (a:Agency)-[:LEADS|RESPONSIBLE_FOR]->(m:Measure)
				MATCH (d:Document {id: m.documentId})-[:IN_JURISDICTION]->(dp:Place)
				MATCH (a)-[:SERVES]->(ap:Place) WHERE ap.kind IN ['city', 'municipality']
				WITH a, dp, ap WHERE NOT (dp = ap OR (dp)-[:PART_OF*]->(ap) OR (ap)-[:PART_OF*]->(dp))
				RETURN count(*) AS c""");
		assertThat(crossing).isZero();
	}

	@Test
	void everyDocumentHasAJurisdictionAndSameNamesStayApart() {
		assertThat(count("MATCH (d:Document) WHERE NOT (d)-[:IN_JURISDICTION]->() RETURN count(d) AS c")).isZero();
		// 市发展改革委 is written in Jinan, Qingdao, Cangzhou and Beijing documents: four bodies, never one
		assertThat(count("""
				MATCH (a:Agency)-[r:LEADS|RESPONSIBLE_FOR]->() WHERE r.surface = '市发展改革委'
				RETURN count(DISTINCT a) AS c""")).isGreaterThanOrEqualTo(4);
	}

	@Test
	void provisionalAgenciesBelongToTheirDocumentsJurisdiction() {
		assertThat(count("""
				MATCH (a:Agency {provisional: true})-[:LEADS|RESPONSIBLE_FOR]->(m:Measure)
				MATCH (d:Document {id: m.documentId})
				WHERE NOT (a)-[:SERVES]->(:Place {id: d.jurisdiction})
				RETURN count(*) AS c""")).isZero();
		assertThat(count("MATCH (a:Agency {provisional: true}) RETURN count(a) AS c")).isGreaterThan(0);
	}

}
