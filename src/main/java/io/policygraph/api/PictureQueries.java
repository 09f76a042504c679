package io.policygraph.api;

import io.policygraph.graph.Vocabulary;

/**
 * The Cypher behind the workbench's pictures: an agency's neighbourhood and a document's sections by agency.
 */
final class PictureQueries {

	/**
	 * The measures a body carries, strongest role first, each with the other bodies on it and what it
	 * supports; at most {@code $cap} measures, and how many there are in all. Parameters: {@code $id $cap}.
	 */
	static final String AGENCY = Vocabulary.bodyById("a", "id") + """
			CALL (a) {
			  MATCH (a)-[r:LEADS|RESPONSIBLE_FOR]->(m:Measure)
			  WITH m, max(CASE WHEN r:LEADS THEN 2 WHEN r.inherited THEN 0 ELSE 1 END) AS rank
			  ORDER BY rank DESC, m.documentId, m.ordinal
			  RETURN count(*) AS total, collect([m, rank])[..$cap] AS page
			}
			CALL (a, page) {
			  UNWIND page AS x
			  WITH x[0] AS m, x[1] AS rank
			  RETURN collect({id: m.id, name: coalesce(m.title, left(m.text, 24)), path: m.path,
			         role: CASE rank WHEN 2 THEN 'lead' WHEN 1 THEN 'responsible' ELSE 'inherited' END,
			         others: [(o)-[y:LEADS|RESPONSIBLE_FOR]->(m) WHERE o <> a |
			           {id: o.id, name: o.name, role: y.role, type: [l IN labels(o) WHERE l IN ['Agency', 'AgencyGroup', 'Organisation']][0]}],
			         supports: [(m)-[:SUPPORTS]->(t) | {id: t.id, name: t.name, type: labels(t)[0]}]}) AS measures
			}
			RETURN a.id AS id, a.name AS name, [l IN labels(a) WHERE l IN ['Agency', 'AgencyGroup', 'Organisation']][0] AS type,
			       total, measures""";

	/** Every body on every measure of a document, counted by section path and role; {@code $id}. */
	static final String DOCUMENT_MATRIX = """
			MATCH (d:Document {id: $id})
			OPTIONAL MATCH (m:Measure {documentId: d.id})<-[r:LEADS|RESPONSIBLE_FOR]-(a)
			WITH d, m.path AS path, a, r
			ORDER BY path
			WITH d, path, a.id AS agency, a.name AS name,
			     count(CASE WHEN r:LEADS THEN 1 END) AS lead,
			     count(CASE WHEN r:RESPONSIBLE_FOR AND NOT r.inherited THEN 1 END) AS responsible,
			     count(CASE WHEN r:RESPONSIBLE_FOR AND r.inherited THEN 1 END) AS inherited
			RETURN d.id AS id, d.title AS title,
			       [c IN collect({path: path, agency: agency, name: name, lead: lead, responsible: responsible, inherited: inherited})
			        WHERE c.agency IS NOT NULL] AS cells""";

	private PictureQueries() {
	}

}
