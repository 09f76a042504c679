package io.policygraph.ingest;

import java.nio.file.Path;

/**
 * Responsibility extraction on the held-out set D ({@code src/test/resources/gold/real-d/}, see its README): real
 * published documents gathered after the fixes for set C, at district and county level, a task table and two
 * municipalities, with gold written before any program read them. Its first run is the estimate for unseen
 * documents; the gates keep what was reached since.
 */
class HeldOutSetDQualityTests extends RealGoldGates {

	HeldOutSetDQualityTests() {
		super(Path.of("src/test/resources/gold/real-d"), "Responsibility extraction on held-out real documents (set D)", 10, 32);
	}

}
