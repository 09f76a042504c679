package io.policygraph.api;

import io.policygraph.graph.Vocabulary;

/**
 * The Cypher behind the busiest read endpoints, public so the benchmark can run exactly the same
 * statement over Bolt and show what the HTTP layer adds.
 */
public final class ReadQueries {

	/** A measure with its document, provenance, bodies, what it supports, targets and funding; {@code $id}. */
	public static final String MEASURE = """
			MATCH (m:Measure {id: $id})
			MATCH (d:Document {id: m.documentId})
			RETURN m {.id, .path, .title, .text, .openList, .correctedBy} AS measure,
			       [(m)-[s:SUPPORTS]->(x) | {kind: labels(x)[0], id: x.id, name: x.name, surface: s.surface, line: s.line}] AS supports,
			       [(m)-[:HAS_TARGET]->(t:Target) | t {.metric, .value, .unit, .comparator, .year, .text, .line}] AS targets,
			       CASE WHEN m.fundingText IS NULL THEN null
			            ELSE {capYuan: m.fundingCapYuan, basis: m.fundingBasis, text: m.fundingText} END AS funding,
			       d {.id, .title, .docNo, .issuer, .kind, .validFrom, .validTo, .jurisdiction} AS document,
			       {file: m.sourceFile, lineStart: m.lineStart, lineEnd: m.lineEnd, raw: m.raw, pattern: m.pattern} AS provenance,
			       [(a)-[r:%s]->(m) | {id: a.id, name: a.name, surface: r.surface, surfaces: r.surfaces, role: r.role,
			         position: r.position, roleWord: r.roleWord, provisional: coalesce(a.provisional, false), correctedBy: r.correctedBy}] AS bodies"""
		.formatted(Vocabulary.RESPONSIBILITY);

	/**
	 * One page of the measures a body leads or shares (one item per measure: its lead role when it has both),
	 * and how many there are in all, in one round trip; no row when the body does not exist. Parameters: {@code $id $role $inherited $document $places $asOf $skip $size} ({@link Filters}).
	 */
	public static final String RESPONSIBILITIES = Vocabulary.bodyById("a", "id") + """
			CALL (a) {
			  MATCH (a)-[r:%1$s]->(m:Measure)
			  WHERE %3$s
			  MATCH (d:Document {id: m.documentId})
			  WHERE ($document IS NULL OR d.id = $document) AND %2$s
			  WITH m, d, [x IN collect(r) WHERE x:LEADS] + [x IN collect(r) WHERE NOT x:LEADS] AS rs
			  ORDER BY d.id, m.ordinal
			  RETURN count(*) AS total, collect([rs[0], m, d])[$skip..$skip + $size] AS page
			}
			CALL (a, page) {
			  UNWIND page AS x
			  WITH x[0] AS r, x[1] AS m, x[2] AS d
			  RETURN collect({measure: m.id, role: r.role, surface: r.surface, position: r.position, inherited: r.inherited,
			         document: d {.id, .title, .docNo, .validFrom, .validTo}, path: m.path, excerpt: left(m.text, 120),
			         others: [(o)-[y:%1$s]->(m) WHERE o <> a | {id: o.id, name: o.name, role: y.role}],
			         provenance: {file: r.sourceFile, lineStart: r.lineStart, lineEnd: r.lineEnd, raw: r.raw}, correctedBy: r.correctedBy}) AS items
			}
			RETURN total, items""".formatted(Vocabulary.RESPONSIBILITY, Vocabulary.documentInScope("d"), Vocabulary.fact("r"));

	/** A body's profile: names, level, place served, parent, members, counts by role; {@code $id}. */
	public static final String AGENCY = Vocabulary.bodyById("a", "id") + """
			OPTIONAL MATCH (a)-[:SERVES|SCOPED_TO|LOCATED_IN]->(p:Place)
			OPTIONAL MATCH (a)-[:PART_OF]->(parent:Agency)
			RETURN a.id AS id, a.name AS name, a.fullName AS fullName, a.aliases AS aliases,
			       %s AS type,
			       a.level AS level, a.kind AS kind, coalesce(a.provisional, false) AS provisional,
			       p {.id, .name, .kind} AS place, parent {.id, .name} AS parent,
			       [(a)-[:HAS_MEMBER]->(m) | m {.id, .name}] AS members,
			       {lead: COUNT { (a)-[:LEADS]->() },
			        responsible: COUNT { (a)-[r:RESPONSIBLE_FOR]->() WHERE NOT r.inherited },
			        inherited: COUNT { (a)-[r:RESPONSIBLE_FOR]->() WHERE r.inherited }} AS measures""".formatted(Vocabulary.bodyType("a"));

	/** A document and its sections with measure counts; {@code $id}. */
	public static final String DOCUMENT = """
			MATCH (d:Document {id: $id})
			RETURN d {.*} AS document,
			       [(d)-[:HAS_SECTION*]->(s:Section) | s {.path, .kind, .title, .lineStart, .lineEnd, .order,
			         measures: COUNT { (s)-[:HAS_MEASURE]->() },
			         withResponsibility: COUNT { (s)-[:HAS_MEASURE]->(m) WHERE (m)<-[:%s]-() }}] AS sections"""
		.formatted(Vocabulary.RESPONSIBILITY);

	private static final String SEARCH_MATCH = """
			CALL db.index.fulltext.queryNodes('search', $q) YIELD node, score
			WHERE ($type IS NULL OR $type IN labels(node)) AND %s
			""".formatted(Vocabulary.nodeInScope("node"));

	/** One page of full-text hits; {@code $q} (escaped Lucene query) {@code $type $types $places $asOf $skip $size}. */
	public static final String SEARCH = SEARCH_MATCH + """
			WITH node, score ORDER BY score DESC SKIP $skip LIMIT $size
			RETURN node.id AS id, [l IN labels(node) WHERE l IN $types][0] AS type,
			       coalesce(node.name, node.title, left(node.text, 60)) AS name, left(node.text, 120) AS excerpt,
			       node.documentId AS document, score""";

	/** How many hits {@link #SEARCH} pages through. */
	public static final String SEARCH_COUNT = SEARCH_MATCH + "RETURN count(node) AS c";

	/** The parameters of {@link #SEARCH} and {@link #SEARCH_COUNT} for a query as a user typed it, over every place and day. */
	public static java.util.Map<String, Object> searchParameters(String q, String type, long skip, int size) {
		java.util.Map<String, Object> p = new java.util.HashMap<>();
		p.put("q", SearchController.lucene(q));
		p.put("type", type);
		p.put("types", java.util.List.copyOf(SearchController.TYPES));
		p.put("places", null);
		p.put("asOf", null);
		p.put("skip", skip);
		p.put("size", size);
		return p;
	}

	private ReadQueries() {
	}

}
