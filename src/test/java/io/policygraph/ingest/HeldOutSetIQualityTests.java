package io.policygraph.ingest;

import java.nio.file.Path;

/**
 * Responsibility extraction on the held-out set I ({@code src/test/resources/gold/real-i/}, see its README): real
 * published documents of 山东 and 河南 gathered after the fixes for set G, keyworded and prose brackets at county and
 * provincial level, one of them a passage whose line breaks were lost, with gold written before any program read
 * them. Its first run is the estimate for unseen documents; the gates keep what was reached since.
 */
class HeldOutSetIQualityTests extends RealGoldGates {

	HeldOutSetIQualityTests() {
		super(Path.of("src/test/resources/gold/real-i"), "Responsibility extraction on held-out real documents (set I)", 4, 14);
	}

}
