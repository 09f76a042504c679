package io.policygraph.graph;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

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

	/**
	 * {@return the digest of the parameters a reference-data statement is run with}: the same for the same content in
	 * every run. Maps are written with their keys sorted, because the iteration order of {@code Map.of} changes from
	 * one JVM to the next (it is salted at start-up): their plain {@code toString()} made every restart look like new
	 * reference data, and wrote it again.
	 */
	static String of(Map<String, ?> params) {
		return ContentHash.sha256(canonical(params, new StringBuilder()).toString());
	}

	private static StringBuilder canonical(Object value, StringBuilder out) {
		switch (value) {
			case Map<?, ?> map -> {
				out.append('{');
				new TreeMap<>(map).forEach((k, v) -> canonical(v, out.append(k).append('=')).append(','));
				out.append('}');
			}
			case Collection<?> list -> {
				out.append('[');
				list.forEach(v -> canonical(v, out).append(','));
				out.append(']');
			}
			case null -> out.append("null");
			default -> out.append(value.getClass().getSimpleName()).append(':').append(value);
		}
		return out;
	}

	/**
	 * {@return whether the store holds this digest of the kind, and at least {@code nodes} nodes of the label}
	 */
	static boolean current(TransactionContext tx, String kind, String sha, String label, long nodes) {
		return tx.run(StartupReads.REFERENCE_CURRENT, Map.of("kind", kind, "sha", sha, "label", label, "nodes", nodes)).single().get("current").asBoolean(false);
	}

	static void stamp(TransactionContext tx, String kind, String sha) {
		tx.run("MERGE (r:ReferenceData {kind: $kind}) SET r.sha256 = $sha, r.writtenAt = datetime()",
				Map.of("kind", kind, "sha", sha)).consume();
	}

}
