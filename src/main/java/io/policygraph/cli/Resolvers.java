package io.policygraph.cli;

import java.util.function.BiFunction;

import io.policygraph.ingest.ExtractedDocument;

/**
 * Agency resolution for the command line.
 */
final class Resolvers {

	private Resolvers() {
	}

	static BiFunction<ExtractedDocument, String, String> fromSeedData() {
		return (document, surface) -> null;
	}

}
