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
			  MATCH (a)-[r:%1$s]->(m:Measure)
			  WITH m, max(CASE WHEN r:LEADS THEN 2 WHEN r.inherited THEN 0 ELSE 1 END) AS rank
			  ORDER BY rank DESC, m.documentId, m.ordinal
			  RETURN count(*) AS total, collect([m, rank])[..$cap] AS page
			}
			CALL (a, page) {
			  UNWIND page AS x
			  WITH x[0] AS m, x[1] AS rank
			  RETURN collect({id: m.id, name: coalesce(m.title, left(m.text, 24)), path: m.path,
			         role: CASE rank WHEN 2 THEN 'lead' WHEN 1 THEN 'responsible' ELSE 'inherited' END,
			         others: [(o)-[y:%1$s]->(m) WHERE o <> a |
			           {id: o.id, name: o.name, role: y.role, type: %2$s}],
			         supports: [(m)-[:SUPPORTS]->(t) | {id: t.id, name: t.name, type: labels(t)[0]}]}) AS measures
			}
			RETURN a.id AS id, a.name AS name, %3$s AS type,
			       total, measures""".formatted(Vocabulary.RESPONSIBILITY, Vocabulary.bodyType("o"), Vocabulary.bodyType("a"));

	/** Every body on every measure of a document, counted by section path and role; {@code $id}. */
	static final String DOCUMENT_MATRIX = """
			MATCH (d:Document {id: $id})
			OPTIONAL MATCH (m:Measure {documentId: d.id})<-[r:%s]-(a)
			WITH d, m.path AS path, a, r
			ORDER BY path
			WITH d, path, a.id AS agency, a.name AS name,
			     count(CASE WHEN r:LEADS THEN 1 END) AS lead,
			     count(CASE WHEN r:RESPONSIBLE_FOR AND NOT r.inherited THEN 1 END) AS responsible,
			     count(CASE WHEN r:RESPONSIBLE_FOR AND r.inherited THEN 1 END) AS inherited
			RETURN d.id AS id, d.title AS title,
			       [c IN collect({path: path, agency: agency, name: name, lead: lead, responsible: responsible, inherited: inherited})
			        WHERE c.agency IS NOT NULL] AS cells"""
		.formatted(Vocabulary.RESPONSIBILITY);

	/**
	 * A chain and its segments, each with its distinct supporting measures, those whose document is still in
	 * force after {@code $before} (all when null), and its carriers (explicit bodies); {@code $id $before}.
	 */
	static final String CHAIN = """
			MATCH (c:Chain {id: $id})
			CALL (c) {
			  MATCH (s:ChainSegment)-[:SEGMENT_OF]->(c) RETURN s
			  UNION
			  RETURN c AS s
			}
			CALL (s) {
			  MATCH (s)<-[:SUPPORTS]-(m:Measure)
			  WITH DISTINCT m
			  // each document is looked up once, not once per measure (a chain of a national graph has tens of thousands)
			  WITH m.documentId AS document, collect(m) AS ms
			  OPTIONAL MATCH (d:Document {id: document})
			  RETURN sum(size(ms)) AS measures,
			         sum(CASE WHEN $before IS NULL OR %2$s THEN size(ms) ELSE 0 END) AS inForce,
			         collect(ms) AS groups
			}
			CALL (groups) {
			  UNWIND groups AS ms
			  UNWIND ms AS m
			  MATCH (a)-[r:%1$s]->(m) WHERE NOT r.inherited
			  WITH DISTINCT a
			  ORDER BY a.name
			  RETURN count(a) AS carriers, collect(a.name)[..3] AS carrierNames
			}
			RETURN c.id AS chain, c.name AS chainName, s.id AS id, [l IN labels(s) WHERE l IN ['Chain', 'ChainSegment']][0] AS type,
			       s.name AS name, s.position AS position, coalesce(s.order, -1) AS order,
			       [(s)-[:FEEDS]->(t) | t.id] AS feeds, measures, inForce, carriers, carrierNames,
			       [(k:Park)-[:HOSTS]->(s) | k.name] AS parks, [(x:Project)-[:BELONGS_TO]->(s) | x.name] AS projects
			ORDER BY order, id"""
		.formatted(Vocabulary.RESPONSIBILITY, Vocabulary.inForceAfter("d", "before"));

	/**
	 * One pass over the full-text hits of {@code $q}: how many of each kind, and the best {@code $per} of each;
	 * {@code $q $types $per}.
	 */
	static final String SEARCH_GROUPS = """
			CALL db.index.fulltext.queryNodes('search', $q) YIELD node, score
			WITH node, score, [l IN labels(node) WHERE l IN $types][0] AS type
			WHERE type IS NOT NULL AND %s
			WITH type, count(*) AS total, collect([node, score])[..$per] AS best
			RETURN type, total, [x IN best | {id: x[0].id, name: coalesce(x[0].name, x[0].title, left(x[0].text, 60)),
			       excerpt: left(x[0].text, 120), document: x[0].documentId, score: x[1]}] AS hits
			ORDER BY total DESC, type""".formatted(Vocabulary.nodeInScope("node"));

	private PictureQueries() {
	}

}
