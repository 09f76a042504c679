package io.policygraph.ingest;

import java.nio.file.Path;

/**
 * Responsibility extraction on the held-out set M ({@code src/test/resources/gold/real-m/}, see its README): real
 * published measures of 浙江, 安徽, 云南, 福建, 四川 and 湖北 (若干措施, 若干政策, 政府工作报告 责任分解: own-line fields,
 * brackets, a table a cell a line, a lead in a section heading) at county, district and city level, with gold written
 * before any program read them. Its first run is the estimate for unseen documents; the gates keep what was reached
 * since.
 */
class HeldOutSetMQualityTests extends RealGoldGates {

	HeldOutSetMQualityTests() {
		super(Path.of("src/test/resources/gold/real-m"), "Responsibility extraction on held-out real documents (set M)", 10, 31);
	}

}
