package io.policygraph.ingest;

import java.nio.file.Path;

/**
 * Responsibility extraction on the held-out set K ({@code src/test/resources/gold/real-k/}, see its README): real
 * published task divisions of 湖北, 浙江, 四川, 安徽 and 湖南 (政府工作报告 责任分解, 部门分工, a 实施方案 and a progress
 * ledger: brackets, own-line fields, a table a cell a line) at county, district, city and provincial level, with gold
 * written before any program read them. Its first run is the estimate for unseen documents; the gates keep what was
 * reached since.
 */
class HeldOutSetKQualityTests extends RealGoldGates {

	HeldOutSetKQualityTests() {
		super(Path.of("src/test/resources/gold/real-k"), "Responsibility extraction on held-out real documents (set K)", 10, 53);
	}

}
