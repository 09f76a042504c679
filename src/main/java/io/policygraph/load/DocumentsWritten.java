package io.policygraph.load;

import java.util.List;

/**
 * Published after a transaction that created documents has committed: the one place where the documents just
 * written are known (ingest command, seed load, upload alike). Listeners run on the writing thread, after the
 * commit, so what they read sees the documents whole.
 *
 * @param ids ids of the documents created by the transaction, in file order
 */
public record DocumentsWritten(List<String> ids) {
}
