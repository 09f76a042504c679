// An upload is checked against stored documents by title (in its place) and by 文号; without these indexes each
// check scans every document, and a load of n documents costs n² (issue 22).
CREATE INDEX document_title IF NOT EXISTS FOR (n:Document) ON (n.title);
CREATE INDEX document_doc_no IF NOT EXISTS FOR (n:Document) ON (n.docNo);
// Removing or replacing a document finds its sections by documentId, as its measures (V004); WritePlansIT found
// that lookup scanning every section.
CREATE INDEX section_document IF NOT EXISTS FOR (n:Section) ON (n.documentId);
