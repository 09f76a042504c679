// Measures that name bodies but no lead, per document: where responsibility is shared with nobody in charge.
:param minBodies => 2;

MATCH (m:Measure)<-[r:RESPONSIBLE_FOR]-()
WHERE NOT (m)<-[:LEADS]-() AND NOT r.inherited
WITH m, count(r) AS bodies WHERE bodies >= $minBodies
MATCH (d:Document {id: m.documentId})
RETURN d.title AS document, count(m) AS measuresWithoutLead
ORDER BY measuresWithoutLead DESC, document;
