package io.policygraph.impact;

import io.policygraph.graph.Vocabulary;

/**
 * Cypher shared by the analyses.
 */
final class Queries {

	/** Binds {@code a} to the body with id {@code $id}, whatever its label, through the id indexes. */
	static final String BODY = Vocabulary.bodyById("a", "id");

	private Queries() {
	}

}
