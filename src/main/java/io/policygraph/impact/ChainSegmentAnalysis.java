package io.policygraph.impact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
				MATCH (d:Document {id: m.documentId})
				WITH m, d, [(a)-[r:LEADS|RESPONSIBLE_FOR]->(m) WHERE NOT r.inherited | {id: a.id, name: a.name, role: r.role}] AS bodies
				RETURN m.id AS measure, d.id AS document, d.title AS title, d.validTo AS validTo, m.path AS path,
				       left(m.text, 80) AS excerpt, bodies
				ORDER BY d.id, m.ordinal""").bindAll(p).fetch().all());
		List<Map<String, Object>> singleBody = new ArrayList<>();
		List<Map<String, Object>> noBody = new ArrayList<>();
		Map<String, Integer> carriers = new HashMap<>();
		for (Map<String, Object> m : measures) {
			List<Map<String, Object>> bodies = AgencyChangeAnalysis.maps(m.get("bodies"));
			long distinct = bodies.stream().map(b -> b.get("id")).distinct().count();
			if (distinct == 0) {
				noBody.add(m);
			}
			else if (distinct == 1) {
				singleBody.add(m);
			}
			bodies.stream().map(b -> (String) b.get("id")).distinct().forEach(id -> carriers.merge(id, 1, Integer::sum));
		}
		Map<String, Object> out = new LinkedHashMap<>(head);
		out.put("measures", measures);
		Map<String, Object> spof = new LinkedHashMap<>();
		spof.put("measuresCarriedByOneBody", singleBody.stream().map(m -> m.get("measure")).toList());
		spof.put("measuresWithNoBody", noBody.stream().map(m -> m.get("measure")).toList());
		spof.put("segmentCarriedByOneBody", carriers.size() == 1 ? carriers.keySet().iterator().next() : null);
		out.put("singlePointsOfFailure", spof);
		out.put("carriers", carriers);
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
