package io.policygraph.ingest;

import java.util.List;

/**
 * What extraction found in one source file.
 *
 * @param name the file name
 * @param sha256 hex digest of the file's bytes, the key for idempotent ingest
 * @param documents the documents in file order
 */
public record ExtractedFile(String name, String sha256, List<ExtractedDocument> documents) {
}
