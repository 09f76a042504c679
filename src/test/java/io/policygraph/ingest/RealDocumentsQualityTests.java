package io.policygraph.ingest;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Responsibility extraction on real published documents of provinces outside the seed corpus
 * ({@code src/test/resources/gold/real/}, see its README): their sources, and gold written before the
 * extractor ever read them. Two gates: a floor per role, and no regression of a unit once extracted exactly
 * ({@code exact-units.tsv}, which may only grow).
 */
class RealDocumentsQualityTests {

	static final Path DIR = Path.of("src/test/resources/gold/real");

	/** The floor below which the build fails; the figures measured are in the README. */
	static final double F1_FLOOR = 0.85;

	static GoldSet set;

	@BeforeAll
	static void score() throws IOException {
		set = GoldSet.score(DIR);
		set.print("Responsibility extraction on real documents of other provinces");
	}

	@Test
	void theSetIsThere() {
		assertThat(set.documents).isGreaterThanOrEqualTo(30);
		assertThat(set.expectedUnits).isGreaterThanOrEqualTo(120);
	}

	@Test
	void everyRoleAboveFloor() {
		for (Role r : Role.values()) {
			assertThat(set.f1(r)).as(r.name()).isGreaterThanOrEqualTo(F1_FLOOR);
		}
	}

	@Test
	void noUnitOnceExactRegresses() throws IOException {
		assertThat(set.regressions(DIR)).as("units extracted exactly before and not now").isEmpty();
	}

}
