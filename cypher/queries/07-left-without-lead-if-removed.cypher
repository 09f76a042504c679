// What would be left without any lead if an agency were removed.
:param agency => 'jinan:生态环境局';

MATCH (a:Agency {id: $agency})-[:LEADS]->(m:Measure)
WHERE NOT EXISTS { MATCH (o)-[:LEADS]->(m) WHERE o <> a }
MATCH (d:Document {id: m.documentId})
RETURN d.title AS document, m.path AS section, left(m.text, 60) AS measure, m.lineEnd AS line,
       [(o)-[:RESPONSIBLE_FOR]->(m) WHERE o <> a | o.name] AS remaining
ORDER BY line;
