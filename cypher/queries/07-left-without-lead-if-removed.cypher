// What would be left without any lead if an agency were removed (a graph): the agency, the measures only
// it leads, and the bodies still named on them. Change the agency id on the WITH line.
WITH 'jinan:生态环境局' AS agency
MATCH alone = (a:Agency {id: agency})-[:LEADS]->(m:Measure)
WHERE NOT EXISTS { MATCH (o)-[:LEADS]->(m) WHERE o <> a }
OPTIONAL MATCH remaining = (m)<-[r:RESPONSIBLE_FOR]-(o)
WHERE o <> a AND NOT r.inherited
RETURN alone, collect(remaining) AS stillNamed
