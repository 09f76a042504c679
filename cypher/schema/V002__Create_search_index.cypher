// Full-text search over names, aliases and measure text. The cjk analyzer indexes Chinese as
// overlapping bigrams, so 氢能, 加氢站 and 市城管局 are found inside longer text.
CREATE FULLTEXT INDEX search IF NOT EXISTS
FOR (n:Agency|AgencyGroup|Organisation|Measure|Document|Place|Park|Chain|ChainSegment|Project)
ON EACH [n.name, n.aliasText, n.text, n.title]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
