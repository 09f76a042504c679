package io.policygraph.ingest;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Responsibility extraction on the held-out set C ({@code src/test/resources/gold/real-c/}, see its README): real
 * published documents of provinces that neither the seed corpus nor the development set covers, with gold written
 * before any program read them. The first run is the honest figure for unseen documents; the gates keep what was
 * reached since: a floor per role, and no regression of a unit once extracted exactly ({@code exact-units.tsv}).
 */
class HeldOutQualityTests {

	static final Path DIR = Path.of("src/test/resources/gold/real-c");

	/** The floor below which the build fails; the figures measured are in the README. */
	static final double F1_FLOOR = 0.85;

	static GoldSet set;

	@BeforeAll
	static void score() throws IOException {
		set = GoldSet.score(DIR);
		set.print("Responsibility extraction on held-out real documents (set C)");
	}

	@Test
	void theSetIsThere() {
		assertThat(set.documents).isGreaterThanOrEqualTo(7);
		assertThat(set.expectedUnits).isGreaterThanOrEqualTo(20);
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
