package io.policygraph.ingest;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision, recall and F1 per role on documents written in the styles of cities outside the seed corpus
 * ({@code src/test/resources/gold/other-cities/}, see its README), scored as {@link GoldSet} does. Two gates:
 * a floor per role, and no regression of a unit once extracted exactly ({@code exact-units.tsv}).
 */
class OtherCitiesQualityTests {

	/** The floor below which the build fails; the figures measured are in the README. */
	static final double F1_FLOOR = 0.9;

	static final Path DIR = Path.of("src/test/resources/gold/other-cities");

	static GoldSet set;

	@BeforeAll
	static void score() throws IOException {
		set = GoldSet.score(DIR);
		set.print("Responsibility extraction on documents in other cities' styles");
	}

	@Test
	void theSetIsThere() {
		assertThat(set.documents).isGreaterThanOrEqualTo(5);
		assertThat(set.expectedUnits).isGreaterThanOrEqualTo(50);
	}

	@Test
	void leadF1AboveFloor() {
		assertThat(set.f1(Role.LEAD)).isGreaterThanOrEqualTo(F1_FLOOR);
	}

	@Test
	void responsibleF1AboveFloor() {
		assertThat(set.f1(Role.RESPONSIBLE)).isGreaterThanOrEqualTo(F1_FLOOR);
	}

	@Test
	void inheritedF1AboveFloor() {
		assertThat(set.f1(Role.INHERITED)).isGreaterThanOrEqualTo(F1_FLOOR);
	}

	@Test
	void noUnitOnceExactRegresses() throws IOException {
		assertThat(set.regressions(DIR)).as("units extracted exactly before and not now").isEmpty();
	}

}
