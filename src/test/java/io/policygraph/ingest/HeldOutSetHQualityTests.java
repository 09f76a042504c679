package io.policygraph.ingest;

import java.nio.file.Path;

/**
 * Responsibility extraction on the held-out set H ({@code src/test/resources/gold/real-h/}, see its README): real
 * published 应急预案 and command systems of 河北, 上海, 天津 and 吉林 (member duties in prose, a body a line or several a
 * line, and a command's organisation) at county, district, city and provincial level, with gold written before
 * any program read them. Its first run is the estimate for unseen documents; the gates keep what was reached since.
 */
class HeldOutSetHQualityTests extends RealGoldGates {

	HeldOutSetHQualityTests() {
		super(Path.of("src/test/resources/gold/real-h"), "Responsibility extraction on held-out real documents (set H)", 9, 57);
	}

}
