package io.policygraph.ingest;

import java.nio.file.Path;

/**
 * Responsibility extraction on the held-out set O ({@code src/test/resources/gold/real-o/}, see its README): real
 * published texts of 北京, 内蒙古, 广东, 辽宁 and 重庆 whose duties are written in prose (应急预案 member duties, work groups
 * with a 牵头单位, a command's organisation, a district's division of work, a joint meeting, a bracket) at district and
 * city level, with gold written before any program read them. Its first run is the estimate for unseen documents; the
 * gates keep what was reached since.
 */
class HeldOutSetOQualityTests extends RealGoldGates {

	HeldOutSetOQualityTests() {
		super(Path.of("src/test/resources/gold/real-o"), "Responsibility extraction on held-out real documents (set O)", 7, 34);
	}

}
