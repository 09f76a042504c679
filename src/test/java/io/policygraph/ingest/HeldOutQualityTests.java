package io.policygraph.ingest;

import java.nio.file.Path;

/**
 * Responsibility extraction on the held-out set C ({@code src/test/resources/gold/real-c/}, see its README): real
 * published documents of provinces that neither the seed corpus nor the development set covers, with gold written
 * before any program read them. The first run is the honest figure for unseen documents; the gates keep what was
 * reached since.
 */
class HeldOutQualityTests extends RealGoldGates {

	HeldOutQualityTests() {
		super(Path.of("src/test/resources/gold/real-c"), "Responsibility extraction on held-out real documents (set C)", 7, 20);
	}

}
