package io.policygraph.ingest;

import java.nio.file.Path;

/**
 * Responsibility extraction on real published documents of provinces outside the seed corpus
 * ({@code src/test/resources/gold/real/}, see its README): their sources, and gold written before the
 * extractor ever read them.
 */
class RealDocumentsQualityTests extends RealGoldGates {

	RealDocumentsQualityTests() {
		super(Path.of("src/test/resources/gold/real"), "Responsibility extraction on real documents of other provinces", 30, 120);
	}

}
