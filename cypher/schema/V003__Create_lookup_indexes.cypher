// Lookups used by ingest and the API.
CREATE INDEX document_source IF NOT EXISTS FOR (n:Document) ON (n.sourceFile);
CREATE INDEX agency_place IF NOT EXISTS FOR (n:Agency) ON (n.place);
CREATE INDEX agency_provisional IF NOT EXISTS FOR (n:Agency) ON (n.provisional);
CREATE INDEX document_valid_to IF NOT EXISTS FOR (n:Document) ON (n.validTo);
