// The agencies carrying a chain, per segment, with how many supporting measures each carries.
:param chain => 'hydrogen';

MATCH (c:Chain {id: $chain})
MATCH (t)-[:SEGMENT_OF*0..1]->(c)
MATCH (t)<-[:SUPPORTS]-(m:Measure)<-[r:LEADS|RESPONSIBLE_FOR]-(a)
WHERE NOT r.inherited
RETURN t.name AS segment, a.name AS body, a.id AS id, count(DISTINCT m) AS measures,
       sum(CASE WHEN r:LEADS THEN 1 ELSE 0 END) AS leads
ORDER BY segment, measures DESC, id;
