// A chain with its segments, the parks that host each segment, and the bodies that lead or share the
// measures supporting it (a graph). Change the chain id on the WITH line (see GET /api/chains for ids).
WITH 'hydrogen' AS chain
MATCH segment = (c:Chain {id: chain})<-[:SEGMENT_OF]-(s:ChainSegment)
CALL (s) {
  OPTIONAL MATCH hosted = (s)<-[:HOSTS]-(:Park)
  RETURN collect(hosted) AS parks
}
CALL (s) {
  OPTIONAL MATCH carried = (s)<-[:SUPPORTS]-(:Measure)<-[r:LEADS|RESPONSIBLE_FOR]-()
  WHERE NOT r.inherited
  RETURN collect(carried) AS carriers
}
RETURN segment, parks, carriers
