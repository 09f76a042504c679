// The shortest connections between two things, here a Beijing bureau and the hydrogen chain (a graph).
// Any two ids work (agency, measure, document, chain, segment, park, project, place): change them on the WITH line.
WITH 'beijing:城市管理委员会' AS from, 'hydrogen' AS to
MATCH (a {id: from}), (b {id: to})
MATCH p = allShortestPaths((a)-[*..6]-(b))
RETURN p
LIMIT 10
