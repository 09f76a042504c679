// The full-text index updated after the commit, by Neo4j's index update thread, instead of inside it (ADR 0020):
// with the CJK analyser it was about a third of a batch's commit (issue 22). Ingest and upload wait for it
// (db.index.fulltext.awaitEventuallyConsistentIndexRefresh) before they answer, so a search right after sees the
// document. Same labels, properties and analyser as V002.
DROP INDEX search IF EXISTS;
CREATE FULLTEXT INDEX search IF NOT EXISTS
FOR (n:Agency|AgencyGroup|Organisation|Measure|Document|Place|Park|Chain|ChainSegment|Project)
ON EACH [n.name, n.aliasText, n.text, n.title]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true}};
// a store with data rebuilds the index in the background: searches wait for it here, not fail on it
CALL db.awaitIndex('search', 600);
