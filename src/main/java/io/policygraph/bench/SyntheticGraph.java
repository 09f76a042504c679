package io.policygraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.neo4j.driver.Driver;

/**
 * Builds a national-scale graph in PolicyGraph's model — provinces, cities, districts, agencies per
 * jurisdiction, collectives, documents, measures with lead / responsible / inherited edges, chains with
 * segments, parks and projects — for tests and benchmarks. Ids start with {@code gen-} so a generated
 * graph never collides with extracted data. Deterministic for a given seed.
 */
public final class SyntheticGraph {

	/**
	 * The shape of the graph.
	 *
	 * @param provinces number of provinces
	 * @param citiesPerProvince cities in each province
	 * @param districtsPerCity districts in each city
	 * @param agenciesPerJurisdiction agencies serving each province, city and district
	 * @param documentsPerJurisdiction documents issued for each city and district
	 * @param measuresPerDocument measures in each document
	 * @param seed random seed
	 */
	public record Size(int provinces, int citiesPerProvince, int districtsPerCity, int agenciesPerJurisdiction,
			int documentsPerJurisdiction, int measuresPerDocument, long seed) {

		/** {@return a shape of roughly {@code nodes} nodes, most of them measures} */
		public static Size ofNodes(long nodes) {
			int provinces = 31;
			int cities = 10;
			int districts = 8;
			long jurisdictions = (long) provinces * cities * (districts + 1);
			int measures = 30;
			int documents = (int) Math.max(1, nodes / (jurisdictions * (measures + 1)));
			return new Size(provinces, cities, districts, 25, documents, measures, 20261123L);
		}

		public long estimatedNodes() {
			long places = this.provinces + (long) this.provinces * this.citiesPerProvince
					+ (long) this.provinces * this.citiesPerProvince * this.districtsPerCity;
			long docs = (places - this.provinces) * this.documentsPerJurisdiction;
			return places + places * this.agenciesPerJurisdiction + docs * (1 + this.measuresPerDocument);
		}

	}

	static final int CHAINS = 12;

	static final int SEGMENTS = 6;

	private final Driver driver;

	public SyntheticGraph(Driver driver) {
		this.driver = driver;
	}

	/** Writes the graph in batches of {@code UNWIND} rows, reporting progress. */
	public void generate(Size size, Consumer<String> progress) {
		SplittableRandom random = new SplittableRandom(size.seed());
		List<Map<String, Object>> places = new ArrayList<>();
		List<String> jurisdictions = new ArrayList<>();
		for (int p = 0; p < size.provinces(); p++) {
			String province = "gen-p" + p;
			places.add(Map.of("id", province, "name", "省" + p, "kind", "province", "parent", "cn"));
			for (int c = 0; c < size.citiesPerProvince(); c++) {
				String city = province + "-c" + c;
				places.add(Map.of("id", city, "name", "市" + p + "-" + c, "kind", "city", "parent", province));
				jurisdictions.add(city);
				for (int d = 0; d < size.districtsPerCity(); d++) {
					String district = city + "-d" + d;
					places.add(Map.of("id", district, "name", "区" + p + "-" + c + "-" + d, "kind", "district", "parent", city));
					jurisdictions.add(district);
				}
			}
		}
		write("""
				UNWIND $rows AS r
				CREATE (x:Place {id: r.id, name: r.name, kind: r.kind})
				FOREACH (_ IN CASE WHEN r.kind = 'province' THEN [1] ELSE [] END | SET x:Province)
				FOREACH (_ IN CASE WHEN r.kind = 'city' THEN [1] ELSE [] END | SET x:City)
				FOREACH (_ IN CASE WHEN r.kind = 'district' THEN [1] ELSE [] END | SET x:District)""", places, progress, "places");
		write("""
				UNWIND $rows AS r
				MATCH (x:Place {id: r.id}), (y:Place {id: r.parent})
				CREATE (x)-[:PART_OF]->(y)""", places, progress, "place tree");

		List<Map<String, Object>> chains = new ArrayList<>();
		List<Map<String, Object>> segments = new ArrayList<>();
		for (int c = 0; c < CHAINS; c++) {
			chains.add(Map.of("id", "gen-chain" + c, "name", "产业链" + c));
			for (int s = 0; s < SEGMENTS; s++) {
				segments.add(Map.of("id", "gen-chain" + c + ".s" + s, "chain", "gen-chain" + c, "name", "环节" + c + "-" + s,
						"order", s, "next", s + 1 < SEGMENTS ? "gen-chain" + c + ".s" + (s + 1) : ""));
			}
		}
		write("UNWIND $rows AS r CREATE (:Chain {id: r.id, name: r.name})", chains, progress, "chains");
		write("""
				UNWIND $rows AS r
				MATCH (c:Chain {id: r.chain})
				CREATE (s:ChainSegment {id: r.id, name: r.name, order: r.order, chain: r.chain})-[:SEGMENT_OF]->(c)""",
				segments, progress, "segments");
		write("""
				UNWIND $rows AS r
				MATCH (s:ChainSegment {id: r.id}), (t:ChainSegment {id: r.next})
				CREATE (s)-[:FEEDS]->(t)""", segments, progress, "supply order");

		List<Map<String, Object>> agencies = new ArrayList<>();
		List<Map<String, Object>> groups = new ArrayList<>();
		List<Map<String, Object>> parks = new ArrayList<>();
		for (Map<String, Object> place : places) {
			String id = (String) place.get("id");
			for (int a = 0; a < size.agenciesPerJurisdiction(); a++) {
				agencies.add(Map.of("id", id + ":a" + a, "name", place.get("name") + "局" + a, "place", id));
			}
			if (!"district".equals(place.get("kind"))) {
				groups.add(Map.of("id", id + ":各区政府", "name", "各区政府", "place", id));
			}
			if ("city".equals(place.get("kind"))) {
				parks.add(Map.of("id", id + ":park", "name", place.get("name") + "产业园", "place", id, "hosts",
						"gen-chain" + random.nextInt(CHAINS) + ".s" + random.nextInt(SEGMENTS)));
			}
		}
		write("""
				UNWIND $rows AS r
				MATCH (p:Place {id: r.place})
				CREATE (a:Agency {id: r.id, name: r.name, place: r.place, level: p.kind, provisional: false})-[:SERVES]->(p)""",
				agencies, progress, "agencies");
		write("""
				UNWIND $rows AS r
				MATCH (p:Place {id: r.place})
				CREATE (:AgencyGroup {id: r.id, name: r.name, place: r.place})-[:SCOPED_TO]->(p)""", groups, progress, "groups");
		write("""
				UNWIND $rows AS r
				MATCH (p:Place {id: r.place}), (s:ChainSegment {id: r.hosts})
				CREATE (k:Park {id: r.id, name: r.name, place: r.place})-[:LOCATED_IN]->(p), (k)-[:HOSTS]->(s)""",
				parks, progress, "parks");

		List<Map<String, Object>> documents = new ArrayList<>();
		List<Map<String, Object>> measures = new ArrayList<>();
		int total = 0;
		for (String place : jurisdictions) {
			String city = place.contains("-d") ? place.substring(0, place.lastIndexOf("-d")) : place;
			String group = city + ":各区政府";
			for (int d = 0; d < size.documentsPerJurisdiction(); d++) {
				String doc = "gen-doc-" + place + "-" + d;
				int endYear = 2024 + random.nextInt(4);
				documents.add(Map.of("id", doc, "title", "测试方案" + place + "-" + d, "jurisdiction", place, "validTo",
						java.time.LocalDate.of(endYear, 1 + random.nextInt(12), 1)));
				boolean inheritsDefault = random.nextInt(3) == 0;
				for (int m = 0; m < size.measuresPerDocument(); m++) {
					List<String> bodies = new ArrayList<>();
					int count = 1 + random.nextInt(4);
					while (bodies.size() < count) {
						String owner = random.nextInt(5) == 0 && !place.equals(city) ? city : place;
						String a = owner + ":a" + random.nextInt(size.agenciesPerJurisdiction());
						if (!bodies.contains(a)) {
							bodies.add(a);
						}
					}
					boolean lead = random.nextBoolean();
					String segment = random.nextInt(5) < 2 ? "gen-chain" + random.nextInt(CHAINS) + ".s" + random.nextInt(SEGMENTS) : "";
					measures.add(Map.of("id", doc + "-m" + m, "document", doc, "ordinal", m, "bodies", bodies, "lead", lead,
							"inherited", inheritsDefault && m > 0 ? group : "", "segment", segment));
					total++;
				}
			}
			if (measures.size() >= 20_000) {
				flush(documents, measures, progress, total);
			}
		}
		flush(documents, measures, progress, total);
		progress.accept("generated about " + size.estimatedNodes() + " nodes");
	}

	private void flush(List<Map<String, Object>> documents, List<Map<String, Object>> measures, Consumer<String> progress,
			int total) {
		write("""
				UNWIND $rows AS r
				MATCH (p:Place {id: r.jurisdiction})
				CREATE (d:Document {id: r.id, title: r.title, name: r.title, jurisdiction: r.jurisdiction, validTo: r.validTo})
				CREATE (d)-[:IN_JURISDICTION]->(p)""", documents, s -> { }, "documents");
		write("""
				UNWIND $rows AS r
				MATCH (d:Document {id: r.document})
				CREATE (d)-[:HAS_MEASURE]->(m:Measure {id: r.id, documentId: r.document, ordinal: r.ordinal,
				                                      path: toString(r.ordinal)})
				WITH m, r
				UNWIND range(0, size(r.bodies) - 1) AS i
				MATCH (a:Agency {id: r.bodies[i]})
				FOREACH (_ IN CASE WHEN r.lead AND i = 0 THEN [1] ELSE [] END |
				  CREATE (a)-[:LEADS {role: 'lead', position: i + 1, inherited: false}]->(m))
				FOREACH (_ IN CASE WHEN r.lead AND i = 0 THEN [] ELSE [1] END |
				  CREATE (a)-[:RESPONSIBLE_FOR {role: 'responsible', position: i + 1, inherited: false}]->(m))""",
				measures, s -> { }, "measures");
		write("""
				UNWIND [r IN $rows WHERE r.inherited <> ''] AS r
				MATCH (m:Measure {id: r.id}), (g:AgencyGroup {id: r.inherited})
				CREATE (g)-[:RESPONSIBLE_FOR {role: 'inherited', position: 1, inherited: true}]->(m)""", measures, s -> { },
				"inherited");
		write("""
				UNWIND [r IN $rows WHERE r.segment <> ''] AS r
				MATCH (m:Measure {id: r.id}), (s:ChainSegment {id: r.segment})
				CREATE (m)-[:SUPPORTS]->(s)""", measures, s -> { }, "supports");
		progress.accept("  " + total + " measures written");
		documents.clear();
		measures.clear();
	}

	private void write(String cypher, List<Map<String, Object>> rows, Consumer<String> progress, String what) {
		int batch = 10_000;
		try (var session = this.driver.session()) {
			for (int i = 0; i < rows.size(); i += batch) {
				List<Map<String, Object>> chunk = rows.subList(i, Math.min(rows.size(), i + batch));
				session.executeWrite(tx -> tx.run(cypher, Map.of("rows", chunk)).consume());
			}
		}
		progress.accept("  " + rows.size() + " " + what);
	}

}
