package io.policygraph.impact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.policygraph.graph.Transactions;
import io.policygraph.graph.Vocabulary;

import org.springframework.stereotype.Service;

/**
 * What depends on a chain segment: the measures supporting it and who carries them, the segments it
 * feeds downstream, the parks and projects tied to it, and its single points of failure.
 */
@Service
public class ChainSegmentAnalysis {

	/** Lists are cut at this length; counts always cover everything. */
	static final int LISTED = 100;

	private final Transactions transactions;

	public ChainSegmentAnalysis(Transactions transactions) {
		this.transactions = transactions;
	}

	public Map<String, Object> analyse(String segment) {
		Map<String, Object> p = Map.of("id", segment);
		Map<String, Object> head = this.transactions.one("""
				MATCH (s:ChainSegment {id: $id})-[:SEGMENT_OF]->(c:Chain)
				RETURN s {.id, .name, .position} AS segment, c {.id, .name} AS chain,
				       [(s)-[:FEEDS*1..6]->(t:ChainSegment) | t {.id, .name, .position}] AS downstream,
				       [(s)<-[:FEEDS*1..6]-(u:ChainSegment) | u {.id, .name, .position}] AS upstream,
				       [(k:Park)-[:HOSTS]->(s) | k {.id, .name}] AS parks,
				       [(x:Project)-[:BELONGS_TO]->(s) | x {.id, .name, .status, .investmentYi}] AS projects""", p).orElseThrow(() -> new NotInGraphException("chain segment", segment));
		// one pass over the supporting measures and their bodies gives the listed measures, the counts,
		// the single points of failure and the carriers (three separate passes took 2.5 times as long)
		Map<String, Object> stats = this.transactions.one("""
				MATCH (s:ChainSegment {id: $id})<-[:SUPPORTS]-(m:Measure)
				OPTIONAL MATCH (m)<-[r:%1$s]-(a) WHERE NOT r.inherited
				WITH m, a, max(CASE WHEN r:LEADS THEN 1 ELSE 0 END) AS lead
				WITH m, collect(CASE WHEN a IS NULL THEN null ELSE [a, lead] END) AS pairs
				ORDER BY m.documentId, m.ordinal
				WITH collect([m, size(pairs)]) AS sized, collect(pairs) AS allPairs
				CALL (allPairs) {
				  UNWIND allPairs AS ps
				  UNWIND ps AS p
				  WITH p[0] AS a, count(*) AS measures, sum(p[1]) AS leads
				  ORDER BY measures DESC, a.id
				  RETURN collect({id: a.id, name: a.name, measures: measures, leads: leads}) AS carriers
				}
				CALL (sized) {
				  UNWIND sized[..$limit] AS x
				  WITH x[0] AS m
				  MATCH (d:Document {id: m.documentId})
				  RETURN collect({measure: m.id, document: d.id, title: d.title, validTo: d.validTo, path: m.path, excerpt: left(m.text, 80),
				         bodies: [(a)-[r:%1$s]->(m) WHERE NOT r.inherited | {id: a.id, name: a.name, role: r.role}]}) AS listed
				}
				RETURN size(sized) AS measures, listed,
				       [x IN sized WHERE x[1] = 1 | x[0].id][..$limit] AS single, size([x IN sized WHERE x[1] = 1]) AS singleCount,
				       [x IN sized WHERE x[1] = 0 | x[0].id][..$limit] AS none, size([x IN sized WHERE x[1] = 0]) AS noneCount,
				       carriers[..$limit] AS carriers, size(carriers) AS carrierCount""".formatted(Vocabulary.RESPONSIBILITY), Map.of("id", segment, "limit", LISTED)).orElseThrow();
		Map<String, Object> out = new LinkedHashMap<>(head);
		out.put("supportingMeasures", stats.get("measures"));
		out.put("measures", stats.get("listed"));
		List<?> carriers = (List<?>) stats.get("carriers");
		Map<String, Object> spof = new LinkedHashMap<>();
		spof.put("measuresCarriedByOneBody", stats.get("single"));
		spof.put("measuresCarriedByOneBodyCount", stats.get("singleCount"));
		spof.put("measuresWithNoBody", stats.get("none"));
		spof.put("measuresWithNoBodyCount", stats.get("noneCount"));
		spof.put("segmentCarriedByOneBody",
				((Number) stats.get("carrierCount")).intValue() == 1 ? ((Map<?, ?>) carriers.get(0)).get("id") : null);
		out.put("singlePointsOfFailure", spof);
		out.put("carriers", carriers);
		out.put("carrierCount", stats.get("carrierCount"));
		return out;
	}

	/**
	 * Documents whose validity ends by {@code before}, and the chains and segments left with no measure in force
	 * then. {@code places} (null: everywhere) and {@code asOf} (null: any day) narrow both to the documents of those
	 * places in force that day, as on every list (the API's {@code Filters}).
	 */
	public Map<String, Object> expiring(LocalDate before, List<String> places, LocalDate asOf) {
		Map<String, Object> p = new HashMap<>();
		p.put("before", before);
		p.put("limit", LISTED);
		p.put("places", places);
		p.put("asOf", asOf);
		String ending = "MATCH (d:Document) WHERE d.validTo IS NOT NULL AND d.validTo <= $before AND "
				+ Vocabulary.documentInScope("d") + "\n";
		long total = this.transactions.one(ending + "RETURN count(d) AS total", p).map(r -> ((Number) r.get("total")).longValue()).orElse(0L);
		List<Map<String, Object>> documents = new ArrayList<>(this.transactions.rows(ending + """
				RETURN d.id AS id, d.title AS title, d.validFrom AS validFrom, d.validTo AS validTo,
				       d.validitySource AS validitySource, d.jurisdiction AS jurisdiction,
				       COUNT { MATCH (m:Measure {documentId: d.id}) } AS measures
				ORDER BY validTo, id LIMIT $limit""", p));
		// a chain or segment is left without support when none of its measures belongs to a document still
		// in force then; asking that of each of the few chain nodes stops at the first measure in force,
		// instead of walking every measure of every expiring document
		List<Map<String, Object>> orphaned = new ArrayList<>(this.transactions.rows("""
				MATCH (t) WHERE (t:Chain OR t:ChainSegment) AND EXISTS { MATCH (t)<-[:SUPPORTS]-(m:Measure) WHERE %1$s }
				  AND NOT EXISTS {
				    MATCH (t)<-[:SUPPORTS]-(m:Measure)
				    MATCH (d:Document {id: m.documentId}) WHERE %3$s AND %2$s
				  }
				CALL (t) {
				  MATCH (t)<-[:SUPPORTS]-(m:Measure) WHERE %1$s
				  WITH DISTINCT m.documentId AS document ORDER BY document
				  RETURN collect(document) AS ending
				}
				RETURN t.id AS id, labels(t)[0] AS type, t.name AS name, ending[..$limit] AS documents
				ORDER BY id""".formatted(Vocabulary.measureInScope("m"), Vocabulary.documentInScope("d"),
					Vocabulary.inForceAfter("d", "before")), p));
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("before", before);
		out.put("asOf", asOf);
		out.put("documentCount", total);
		out.put("documents", documents);
		out.put("leftWithoutSupportInForce", orphaned);
		return out;
	}

}
