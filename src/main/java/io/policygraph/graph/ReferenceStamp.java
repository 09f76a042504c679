package io.policygraph.graph;

import java.util.Map;

import io.policygraph.ingest.ContentHash;
import org.neo4j.driver.TransactionContext;

/**
 * The digest of the reference data last written, kept in {@code (:ReferenceData {kind, sha256})}, so that a start
 * whose registry and taxonomy files are unchanged does not write them again (issue 19). A stamp counts only while
 * the nodes it stands for are there: a store emptied by hand is written again.
 */
final class ReferenceStamp {

	private ReferenceStamp() {
	}

	/** {@return the digest of the parameters a reference-data statement is run with} */
	static String of(Map<String, Object> params) {
		// the parameters are lists in file order of records and maps of strings, numbers and dates: their text is stable
		return ContentHash.sha256(String.valueOf(params));
	}

	/**
	 * {@return whether the store holds this digest of the kind, and at least {@code nodes} nodes of the label}
	 */
	static boolean current(TransactionContext tx, String kind, String sha, String label, long nodes) {
		return tx.run("""
				OPTIONAL MATCH (r:ReferenceData {kind: $kind})
				RETURN r.sha256 = $sha AND COUNT { MATCH (n:$($label)) } >= $nodes AS current""",
				Map.of("kind", kind, "sha", sha, "label", label, "nodes", nodes)).single().get("current").asBoolean(false);
	}

	static void stamp(TransactionContext tx, String kind, String sha) {
		tx.run("MERGE (r:ReferenceData {kind: $kind}) SET r.sha256 = $sha, r.writtenAt = datetime()",
				Map.of("kind", kind, "sha", sha)).consume();
	}

}
