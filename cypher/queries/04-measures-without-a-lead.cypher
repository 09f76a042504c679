// Measures that name at least two bodies but no lead, per document: shared responsibility with nobody
// in charge (a table). Change the least number of bodies on the WITH line.
WITH 2 AS minBodies
MATCH (m:Measure)<-[r:RESPONSIBLE_FOR]-()
WHERE NOT (m)<-[:LEADS]-() AND NOT r.inherited
WITH m, minBodies, count(r) AS bodies WHERE bodies >= minBodies
MATCH (d:Document {id: m.documentId})
RETURN d.title AS document, count(m) AS measuresWithoutLead
ORDER BY measuresWithoutLead DESC, document
