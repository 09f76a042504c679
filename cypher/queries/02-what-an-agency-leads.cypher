// Everything an agency leads, document by document.
:param agency => 'jinan:城市管理局';

MATCH (a:Agency {id: $agency})-[r:LEADS]->(m:Measure)
MATCH (d:Document {id: m.documentId})
RETURN d.title AS document, m.path AS section, left(m.text, 60) AS measure, r.sourceFile AS file, r.lineEnd AS line
ORDER BY document, line;
