package io.policygraph.ingest;

import java.nio.file.Path;

/**
 * Responsibility extraction on the held-out set L ({@code src/test/resources/gold/real-l/}, see its README): real
 * published 应急预案, responsibility lists, an opinion and a plan of 陕西, 辽宁, 山东, 北京, 上海 and 天津 (member duties a
 * body a line, duties under a heading naming their body, a table whose column is defined as lead, prose division of
 * work, bare brackets) at district, city and municipal level, with gold written before any program read them. Its
 * first run is the estimate for unseen documents; the gates keep what was reached since.
 */
class HeldOutSetLQualityTests extends RealGoldGates {

	HeldOutSetLQualityTests() {
		super(Path.of("src/test/resources/gold/real-l"), "Responsibility extraction on held-out real documents (set L)", 10, 71);
	}

}
