// Inherited (default-rule) versus explicit responsibility, per document of a jurisdiction (a table).
// Change the place id on the WITH line.
WITH 'jinan' AS jurisdiction
MATCH (d:Document {jurisdiction: jurisdiction})
MATCH (m:Measure {documentId: d.id})<-[r:LEADS|RESPONSIBLE_FOR]-()
RETURN d.title AS document,
       sum(CASE WHEN r.inherited THEN 1 ELSE 0 END) AS inheritedEdges,
       sum(CASE WHEN r.inherited THEN 0 ELSE 1 END) AS explicitEdges
ORDER BY inheritedEdges DESC, document
