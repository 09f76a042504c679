// A source file is its bytes: the digest is its key, the name only a label (two uploads called upload.txt
// are two files; one file uploaded under two names is one).
DROP CONSTRAINT source_file_name IF EXISTS;
CREATE CONSTRAINT source_file_sha256 IF NOT EXISTS FOR (n:SourceFile) REQUIRE n.sha256 IS UNIQUE;
