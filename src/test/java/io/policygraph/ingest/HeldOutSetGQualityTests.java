package io.policygraph.ingest;

import java.nio.file.Path;

/**
 * Responsibility extraction on the held-out set G ({@code src/test/resources/gold/real-g/}, see its README): real
 * published documents of 湖北, 云南, 辽宁 and 广东 gathered after the fixes for set F, brackets and own-line field lines at
 * city, prefecture, county-level and provincial level, with gold written before any program read them. Its first
 * run is the estimate for unseen documents; the gates keep what was reached since.
 */
class HeldOutSetGQualityTests extends RealGoldGates {

	HeldOutSetGQualityTests() {
		super(Path.of("src/test/resources/gold/real-g"), "Responsibility extraction on held-out real documents (set G)", 8, 38);
	}

}
