// Reviewers' corrections (issue 17, ADR 0013): one node per correction id; the facts extraction gave a document
// and the units set aside as not measures are found by their document when it is written again.
CREATE CONSTRAINT correction_id IF NOT EXISTS FOR (c:Correction) REQUIRE c.id IS UNIQUE;
CREATE INDEX extraction_document IF NOT EXISTS FOR (e:Extraction) ON (e.documentId);
CREATE INDEX excluded_unit_id IF NOT EXISTS FOR (x:ExcludedUnit) ON (x.id);
CREATE INDEX excluded_unit_document IF NOT EXISTS FOR (x:ExcludedUnit) ON (x.documentId);
