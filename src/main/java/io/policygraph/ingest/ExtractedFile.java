package io.policygraph.ingest;

import java.util.List;

import io.policygraph.ingest.format.Format;
import io.policygraph.ingest.format.Origin;
import io.policygraph.ingest.format.ReadSource;

/**
 * What extraction found in one source file.
 *
 * @param name the file name
 * @param sha256 hex digest of the file's bytes, the key for idempotent ingest
 * @param documents the documents in file order
 * @param source the normalised text the documents were read from, with the origin of each line in the
 * published file (page, paragraph, sheet and row)
 */
public record ExtractedFile(String name, String sha256, List<ExtractedDocument> documents, ReadSource source) {

	/** {@return the format the file was read as} */
	public Format format() {
		return this.source.format();
	}

	/** {@return where a physical line of the normalised text came from, or {@code null} for plain text} */
	public Origin origin(int line) {
		return this.source.origin(line);
	}

}
