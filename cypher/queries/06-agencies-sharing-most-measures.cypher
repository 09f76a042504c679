// Pairs of bodies that share the most measures, explicit responsibility only (a table).
// Change how many pairs to list on the WITH line.
WITH 10 AS top
MATCH (a)-[r1:LEADS|RESPONSIBLE_FOR]->(m:Measure)<-[r2:LEADS|RESPONSIBLE_FOR]-(b)
WHERE a.id < b.id AND NOT r1.inherited AND NOT r2.inherited
WITH top, a, b, count(DISTINCT m) AS shared
ORDER BY shared DESC, a.id, b.id
WITH top, collect({first: a.name, second: b.name, firstId: a.id, secondId: b.id, shared: shared}) AS pairs
UNWIND pairs[..top] AS pair
RETURN pair.first AS first, pair.second AS second, pair.firstId AS firstId, pair.secondId AS secondId, pair.shared AS shared
