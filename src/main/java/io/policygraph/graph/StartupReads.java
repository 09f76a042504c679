package io.policygraph.graph;

import java.util.Map;

/**
 * The statements every start runs before it can serve, with parameters of the types they are run with. The
 * embedded database runs them once as soon as it is up, while Spring is still starting: the first statement of a
 * JVM pays for loading and compiling Cypher's parser, planner and runtime (seconds on a cold JVM), and each
 * statement's plan is then cached for the run that counts.
 */
public final class StartupReads {

	/** The applied schema versions and their checksums ({@link SchemaMigrator}). */
	public static final String APPLIED_VERSIONS = "MATCH (v:SchemaVersion) RETURN v.version AS version, v.checksum AS checksum";

	/**
	 * Whether the store holds a reference-data digest of a kind, and at least {@code $nodes} nodes of the label
	 * ({@link ReferenceStamp}).
	 */
	public static final String REFERENCE_CURRENT = """
			OPTIONAL MATCH (r:ReferenceData {kind: $kind})
			RETURN r.sha256 = $sha AND COUNT { MATCH (n:$($label)) } >= $nodes AS current""";

	/** Each statement with parameters of its real types. */
	public static final Map<String, Map<String, Object>> ALL = Map.of(APPLIED_VERSIONS, Map.of(), REFERENCE_CURRENT,
			Map.of("kind", "registry", "sha", "", "label", Vocabulary.PLACE, "nodes", 0L));

	private StartupReads() {
	}

}
