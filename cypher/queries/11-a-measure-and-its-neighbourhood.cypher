// One measure and everything around it (a graph): the bodies on it, its section and document, what it
// supports and the targets it sets. The measure is named by its file and last line: change them on the WITH line.
WITH '000_06e836f55181acee.txt' AS file, 741 AS line
MATCH (m:Measure {sourceFile: file, lineEnd: line})
MATCH place = (d:Document)-[:HAS_SECTION*]->(:Section)-[:HAS_MEASURE]->(m)
OPTIONAL MATCH body = (m)<-[:LEADS|RESPONSIBLE_FOR]-()
OPTIONAL MATCH support = (m)-[:SUPPORTS|HAS_TARGET]->()
RETURN place, collect(DISTINCT body) AS bodies, collect(DISTINCT support) AS supports
