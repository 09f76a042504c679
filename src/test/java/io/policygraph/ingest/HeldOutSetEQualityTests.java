package io.policygraph.ingest;

import java.nio.file.Path;

/**
 * Responsibility extraction on the held-out set E ({@code src/test/resources/gold/real-e/}, see its README): real
 * published documents gathered after the fixes for set D, mostly county and district task tables as copied from web
 * pages, notice duties and brackets under headings, with gold written before any program read them. Its first run is
 * the estimate for unseen documents; the gates keep what was reached since.
 */
class HeldOutSetEQualityTests extends RealGoldGates {

	HeldOutSetEQualityTests() {
		super(Path.of("src/test/resources/gold/real-e"), "Responsibility extraction on held-out real documents (set E)", 11, 54);
	}

}
