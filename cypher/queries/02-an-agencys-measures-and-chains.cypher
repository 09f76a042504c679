// An agency, the measures it leads or shares by name (not by a default rule), and the chains, segments,
// parks and projects those measures support (a graph). Change the agency id on the WITH line.
WITH 'jinan:城市管理局' AS agency
MATCH carries = (a:Agency {id: agency})-[r:LEADS|RESPONSIBLE_FOR]->(m:Measure)
WHERE NOT r.inherited
OPTIONAL MATCH supports = (m)-[:SUPPORTS]->(t)
WHERE t:Chain OR t:ChainSegment OR t:Park OR t:Project
RETURN carries, collect(supports) AS supported
