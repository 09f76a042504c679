// The shortest connections between two things: here an agency and a chain.
:param from => 'beijing:城市管理委员会';
:param to => 'hydrogen';

MATCH (a {id: $from}), (b {id: $to})
MATCH p = shortestPath((a)-[*..6]-(b))
RETURN [n IN nodes(p) | coalesce(n.name, n.title, n.id)] AS way, [r IN relationships(p) | type(r)] AS relationships;
