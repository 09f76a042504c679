package io.policygraph.impact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * What depends on a chain segment: the measures supporting it and who carries them, the segments it
 * feeds downstream, the parks and projects tied to it, and its single points of failure.
 */
@Service
public class ChainSegmentAnalysis {

	/** Lists are cut at this length; counts always cover everything. */
	static final int LISTED = 100;

	private final Neo4jClient client;

	public ChainSegmentAnalysis(Neo4jClient client) {
		this.client = client;
	}

	public Map<String, Object> analyse(String segment) {
		Map<String, Object> p = Map.of("id", segment);
		Map<String, Object> head = this.client.query("""
				MATCH (s:ChainSegment {id: $id})-[:SEGMENT_OF]->(c:Chain)
				RETURN s {.id, .name, .position} AS segment, c {.id, .name} AS chain,
				       [(s)-[:FEEDS*1..6]->(t:ChainSegment) | t {.id, .name, .position}] AS downstream,
				       [(s)<-[:FEEDS*1..6]-(u:ChainSegment) | u {.id, .name, .position}] AS upstream,
				       [(k:Park)-[:HOSTS]->(s) | k {.id, .name}] AS parks,
				       [(x:Project)-[:BELONGS_TO]->(s) | x {.id, .name, .status, .investmentYi}] AS projects""")
			.bindAll(p).fetch().one().orElseThrow(() -> new NoSuchElementException("chain segment", segment));
		List<Map<String, Object>> measures = new ArrayList<>(this.client.query("""
				MATCH (s:ChainSegment {id: $id})<-[:SUPPORTS]-(m:Measure)
				WITH m ORDER BY m.documentId, m.ordinal LIMIT $limit
				MATCH (d:Document {id: m.documentId})
				RETURN m.id AS measure, d.id AS document, d.title AS title, d.validTo AS validTo, m.path AS path,
				       left(m.text, 80) AS excerpt,
				       [(a)-[r:LEADS|RESPONSIBLE_FOR]->(m) WHERE NOT r.inherited | {id: a.id, name: a.name, role: r.role}] AS bodies""")
			.bindAll(Map.of("id", segment, "limit", LISTED)).fetch().all());
		// counts over every supporting measure, however many there are
		Map<String, Object> stats = this.client.query("""
				MATCH (s:ChainSegment {id: $id})<-[:SUPPORTS]-(m:Measure)
				WITH m, [(a)-[r:LEADS|RESPONSIBLE_FOR]->(m) WHERE NOT r.inherited | a.id] AS bodies
				WITH m, size(reduce(acc = [], b IN bodies | CASE WHEN b IN acc THEN acc ELSE acc + b END)) AS n
				RETURN count(m) AS measures,
				       [x IN collect(CASE WHEN n = 1 THEN m.id END) WHERE x IS NOT NULL][..$limit] AS single,
				       sum(CASE WHEN n = 1 THEN 1 ELSE 0 END) AS singleCount,
				       [x IN collect(CASE WHEN n = 0 THEN m.id END) WHERE x IS NOT NULL][..$limit] AS none,
				       sum(CASE WHEN n = 0 THEN 1 ELSE 0 END) AS noneCount""")
			.bindAll(Map.of("id", segment, "limit", LISTED)).fetch().one().orElseThrow();
		List<Map<String, Object>> carriers = new ArrayList<>(this.client.query("""
				MATCH (s:ChainSegment {id: $id})<-[:SUPPORTS]-(m:Measure)<-[r:LEADS|RESPONSIBLE_FOR]-(a)
				WHERE NOT r.inherited
				RETURN a.id AS id, a.name AS name, count(DISTINCT m) AS measures,
				       count(DISTINCT CASE WHEN r:LEADS THEN m END) AS leads
				ORDER BY measures DESC, id""").bindAll(Map.of("id", segment)).fetch().all());
		Map<String, Object> out = new LinkedHashMap<>(head);
		out.put("supportingMeasures", stats.get("measures"));
		out.put("measures", measures);
		Map<String, Object> spof = new LinkedHashMap<>();
		spof.put("measuresCarriedByOneBody", stats.get("single"));
		spof.put("measuresCarriedByOneBodyCount", stats.get("singleCount"));
		spof.put("measuresWithNoBody", stats.get("none"));
		spof.put("measuresWithNoBodyCount", stats.get("noneCount"));
		spof.put("segmentCarriedByOneBody", carriers.size() == 1 ? carriers.get(0).get("id") : null);
		out.put("singlePointsOfFailure", spof);
		out.put("carriers", carriers.subList(0, Math.min(LISTED, carriers.size())));
		return out;
	}

	/** Documents whose validity ends by {@code before}, and the chains and segments left with no measure in force. */
	public Map<String, Object> expiring(LocalDate before) {
		Map<String, Object> p = Map.of("before", before);
		List<Map<String, Object>> documents = new ArrayList<>(this.client.query("""
				MATCH (d:Document) WHERE d.validTo IS NOT NULL AND d.validTo <= $before
				RETURN d.id AS id, d.title AS title, d.validTo AS validTo, d.jurisdiction AS jurisdiction,
				       COUNT { MATCH (m:Measure {documentId: d.id}) } AS measures
				ORDER BY d.validTo, d.id""").bindAll(p).fetch().all());
		List<Map<String, Object>> orphaned = new ArrayList<>(this.client.query("""
				MATCH (t)<-[:SUPPORTS]-(m:Measure) WHERE t:Chain OR t:ChainSegment
				MATCH (d:Document {id: m.documentId})
				WITH t, collect(DISTINCT d) AS docs
				WITH t, [d IN docs WHERE d.validTo IS NOT NULL AND d.validTo <= $before] AS ending, size(docs) AS all
				WHERE size(ending) > 0 AND size(ending) = all
				RETURN t.id AS id, labels(t)[0] AS type, t.name AS name, [d IN ending | d.id] AS documents
				ORDER BY id""").bindAll(p).fetch().all());
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("before", before);
		out.put("documents", documents);
		out.put("leftWithoutSupportInForce", orphaned);
		return out;
	}

}
