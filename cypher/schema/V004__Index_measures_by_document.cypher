// Measures of a document by its id: the expiring-policy analysis and document views look them up this way.
CREATE INDEX measure_document IF NOT EXISTS FOR (n:Measure) ON (n.documentId);
