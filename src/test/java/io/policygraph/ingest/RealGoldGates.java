package io.policygraph.ingest;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gates every set of real documents with hand-written gold keeps ({@link GoldSet} scores it): the set is
 * all there, every role stays above a floor, and no unit once extracted exactly regresses
 * ({@code exact-units.tsv} beside the documents, which may only grow). Each set is a subclass naming its folder.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RealGoldGates {

	/** The floor below which the build fails; the figures measured are in each set's README. */
	static final double F1_FLOOR = 0.85;

	private final Path dir;

	private final String title;

	private final int documents;

	private final int units;

	private GoldSet set;

	/**
	 * @param dir the set's folder
	 * @param title the heading of its printed figures
	 * @param documents documents the set holds at least
	 * @param units expected units it holds at least
	 */
	RealGoldGates(Path dir, String title, int documents, int units) {
		this.dir = dir;
		this.title = title;
		this.documents = documents;
		this.units = units;
	}

	@BeforeAll
	void score() throws IOException {
		this.set = GoldSet.score(this.dir);
		this.set.print(this.title);
	}

	@Test
	void theSetIsThere() {
		assertThat(this.set.documents).isGreaterThanOrEqualTo(this.documents);
		assertThat(this.set.expectedUnits).isGreaterThanOrEqualTo(this.units);
	}

	@Test
	void everyRoleAboveFloor() {
		for (Role r : Role.values()) {
			assertThat(this.set.f1(r)).as(r.name()).isGreaterThanOrEqualTo(F1_FLOOR);
		}
	}

	@Test
	void noUnitOnceExactRegresses() throws IOException {
		assertThat(this.set.regressions(this.dir)).as("units extracted exactly before and not now").isEmpty();
	}

}
