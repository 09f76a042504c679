package io.policygraph.ingest;

import java.nio.file.Path;

/**
 * Responsibility extraction on the held-out set F ({@code src/test/resources/gold/real-f/}, see its README): real
 * published documents of 重庆, 福建, 江西, 青海, 贵州 and 黑龙江 gathered after the fixes for set E, district and county
 * tables, 主办/协办 field lines, brackets with a lead rule and notice duties, with gold written before any program
 * read them. Its first run is the estimate for unseen documents; the gates keep what was reached since.
 */
class HeldOutSetFQualityTests extends RealGoldGates {

	HeldOutSetFQualityTests() {
		super(Path.of("src/test/resources/gold/real-f"), "Responsibility extraction on held-out real documents (set F)", 9, 42);
	}

}
