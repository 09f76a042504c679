package io.policygraph.graph;

import java.util.List;

import io.policygraph.graph.DocumentGraphWriter.BatchWritten;
import io.policygraph.graph.DocumentGraphWriter.Item;

/**
 * Where the ingest service writes its batches of documents (ADR 0020). Two writers give the same graph from the
 * same rows ({@link DocumentGraphWriter#params}): {@link DocumentGraphWriter}, {@code UNWIND} statements over the
 * driver, for any server; {@link EmbeddedDocumentWriter}, the kernel's Core API in the application's own process,
 * when the database is embedded. {@link DocumentWriters} chooses.
 */
public interface DocumentWriter {

	/**
	 * Writes documents in one transaction, each unless one with its id exists, removing the documents each
	 * replaces. When the transaction fails, each document is written alone, so that one bad document is named and
	 * left out and the others go in whole.
	 */
	BatchWritten write(List<Item> items);

}
