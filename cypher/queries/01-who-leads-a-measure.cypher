// Who leads and who shares a measure, in written order, with the evidence.
// Parameters: the source file and the line where the measure's annotation ends.
:param file => '000_06e836f55181acee.txt';
:param line => 721;

MATCH (m:Measure {sourceFile: $file, lineEnd: $line})
MATCH (a)-[r:LEADS|RESPONSIBLE_FOR]->(m)
RETURN m.path AS section, r.role AS role, r.position AS position, a.name AS body, a.id AS id, r.raw AS annotation
ORDER BY CASE r.role WHEN 'lead' THEN 0 WHEN 'responsible' THEN 1 ELSE 2 END, r.position;
