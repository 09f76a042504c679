// A document's structure: its sections in order with how many measures and responsibility units each holds.
:param docNo => '济政字〔2022〕73号';

MATCH (d:Document {docNo: $docNo})-[:HAS_SECTION*]->(s:Section)
RETURN s.path AS path, s.title AS title, s.lineStart AS line,
       COUNT { (s)-[:HAS_MEASURE]->() } AS measures,
       COUNT { (s)-[:HAS_MEASURE]->(m) WHERE (m)<-[:LEADS|RESPONSIBLE_FOR]-() } AS withResponsibility
ORDER BY s.order;
