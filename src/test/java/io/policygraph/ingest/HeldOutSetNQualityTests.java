package io.policygraph.ingest;

import java.nio.file.Path;

/**
 * Responsibility extraction on the held-out set N ({@code src/test/resources/gold/real-n/}, see its README): real
 * published texts, county and district level first (政府工作报告 责任分解 with leader headings and own-line fields,
 * 应急预案 prose duties, brackets with a rule, a table a cell a line), of 浙江, 山东, 广东, 辽宁 and four pages that name
 * no place, with gold written before any program read them. Its first run is the estimate for unseen documents; the
 * gates keep what was reached since.
 */
class HeldOutSetNQualityTests extends RealGoldGates {

	HeldOutSetNQualityTests() {
		super(Path.of("src/test/resources/gold/real-n"), "Responsibility extraction on held-out real documents (set N)", 10, 30);
	}

}
