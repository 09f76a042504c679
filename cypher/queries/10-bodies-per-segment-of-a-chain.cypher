// The bodies carrying a chain, per segment, with how many supporting measures each carries and leads
// (a table). Change the chain id on the WITH line.
WITH 'hydrogen' AS chain
MATCH (c:Chain {id: chain})
MATCH (t)-[:SEGMENT_OF*0..1]->(c)
MATCH (t)<-[:SUPPORTS]-(m:Measure)<-[r:LEADS|RESPONSIBLE_FOR]-(a)
WHERE NOT r.inherited
RETURN t.name AS segment, a.name AS body, a.id AS id, count(DISTINCT m) AS measures,
       count(DISTINCT CASE WHEN r:LEADS THEN m END) AS leads
ORDER BY segment, measures DESC, id
