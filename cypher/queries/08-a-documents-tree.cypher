// A document's tree: its sections, down to the measures that have a lead, and the bodies leading them (a graph).
// The document is named by its 文号: change it on the WITH line.
WITH '济政字〔2022〕73号' AS docNo
MATCH (d:Document {docNo: docNo})
MATCH tree = (d)-[:HAS_SECTION*]->(s:Section)
OPTIONAL MATCH measure = (s)-[:HAS_MEASURE]->(m:Measure)<-[:LEADS]-()
RETURN tree, collect(measure) AS led
