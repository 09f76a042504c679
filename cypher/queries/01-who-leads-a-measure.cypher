// Who leads and who shares a measure, in written order, with the evidence (a table).
// The measure is named by its source file and the line where its annotation ends: change them on the WITH line.
WITH '000_06e836f55181acee.txt' AS file, 721 AS line
MATCH (m:Measure {sourceFile: file, lineEnd: line})
MATCH (a)-[r:LEADS|RESPONSIBLE_FOR]->(m)
RETURN m.path AS section, r.role AS role, r.position AS position, a.name AS body, a.id AS id, r.raw AS annotation
ORDER BY CASE r.role WHEN 'lead' THEN 0 WHEN 'responsible' THEN 1 ELSE 2 END, r.position
