// Pairs of bodies that share the most measures (explicit responsibility only).
:param top => 10;

MATCH (a)-[r1:LEADS|RESPONSIBLE_FOR]->(m:Measure)<-[r2:LEADS|RESPONSIBLE_FOR]-(b)
WHERE a.id < b.id AND NOT r1.inherited AND NOT r2.inherited
RETURN a.name AS first, b.name AS second, a.id AS firstId, b.id AS secondId, count(DISTINCT m) AS shared
ORDER BY shared DESC, firstId, secondId
LIMIT $top;
