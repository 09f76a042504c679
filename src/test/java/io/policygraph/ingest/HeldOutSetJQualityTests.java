package io.policygraph.ingest;

import java.nio.file.Path;

/**
 * Responsibility extraction on the held-out set J ({@code src/test/resources/gold/real-j/}, see its README): real
 * published measures of 新疆, 贵州, 云南, 内蒙古 and 海南 closed by keyworded and prose brackets (division keywords, a
 * passage from a PDF text layer on one physical line, a traditional-script copy), with gold written before any
 * program read them. Its first run is the estimate for unseen documents; the gates keep what was reached since.
 */
class HeldOutSetJQualityTests extends RealGoldGates {

	HeldOutSetJQualityTests() {
		super(Path.of("src/test/resources/gold/real-j"), "Responsibility extraction on held-out real documents (set J)", 5, 6);
	}

}
