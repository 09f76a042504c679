package io.policygraph.api;

/**
 * The Cypher behind the busiest read endpoints, public so the benchmark can run exactly the same
 * statement over Bolt and show what the HTTP layer adds.
 */
public final class ReadQueries {

	/** A measure with its document, provenance, bodies, what it supports, targets and funding; {@code $id}. */
	public static final String MEASURE = """
			MATCH (m:Measure {id: $id})
			MATCH (d:Document {id: m.documentId})
			RETURN m {.id, .path, .title, .text, .openList} AS measure,
			       [(m)-[s:SUPPORTS]->(x) | {kind: labels(x)[0], id: x.id, name: x.name, surface: s.surface, line: s.line}] AS supports,
			       [(m)-[:HAS_TARGET]->(t:Target) | t {.metric, .value, .unit, .comparator, .year, .text, .line}] AS targets,
			       CASE WHEN m.fundingText IS NULL THEN null
			            ELSE {capYuan: m.fundingCapYuan, basis: m.fundingBasis, text: m.fundingText} END AS funding,
			       d {.id, .title, .docNo, .issuer, .kind, .validFrom, .validTo, .jurisdiction} AS document,
			       {file: m.sourceFile, lineStart: m.lineStart, lineEnd: m.lineEnd, raw: m.raw, pattern: m.pattern} AS provenance,
			       [(a)-[r:LEADS|RESPONSIBLE_FOR]->(m) | {id: a.id, name: a.name, surface: r.surface, role: r.role,
			         position: r.position, roleWord: r.roleWord, provisional: coalesce(a.provisional, false)}] AS bodies""";

	/**
	 * One page of the measures a body leads or shares, and how many there are in all, in one round trip;
	 * no row when the body does not exist. Parameters: {@code $id $role $inherited $document $asOf $skip $size}.
	 */
	public static final String RESPONSIBILITIES = GraphQueries.BODY_BY_ID + """
			CALL (a) {
			  MATCH (a)-[r:LEADS|RESPONSIBLE_FOR]->(m:Measure)
			  WHERE ($role = 'any' OR ($role = 'lead' AND r:LEADS) OR ($role = 'responsible' AND r:RESPONSIBLE_FOR))
			    AND ($inherited OR NOT r.inherited)
			  MATCH (d:Document {id: m.documentId})
			  WHERE ($document IS NULL OR d.id = $document)
			    AND ($asOf IS NULL OR ((d.validFrom IS NULL OR d.validFrom <= $asOf) AND (d.validTo IS NULL OR d.validTo >= $asOf)))
			  WITH r, m, d ORDER BY d.id, m.ordinal
			  RETURN count(*) AS total, collect([r, m, d])[$skip..$skip + $size] AS page
			}
			CALL (a, page) {
			  UNWIND page AS x
			  WITH x[0] AS r, x[1] AS m, x[2] AS d
			  RETURN collect({measure: m.id, role: r.role, surface: r.surface, position: r.position, inherited: r.inherited,
			         document: d {.id, .title, .docNo, .validFrom, .validTo}, path: m.path, excerpt: left(m.text, 120),
			         others: [(o)-[y:LEADS|RESPONSIBLE_FOR]->(m) WHERE o <> a | {id: o.id, name: o.name, role: y.role}],
			         provenance: {file: r.sourceFile, lineStart: r.lineStart, lineEnd: r.lineEnd, raw: r.raw}}) AS items
			}
			RETURN total, items""";

	private ReadQueries() {
	}

}
