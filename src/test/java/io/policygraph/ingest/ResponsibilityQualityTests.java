package io.policygraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision, recall and F1 per role against the hand-checked units. A unit is matched to the extracted
 * unit of the same file whose annotation ends within two lines of the gold line (or whose line range
 * holds it), preferring the one naming the most of the same bodies. Inside the documents the gold
 * covers completely, every extracted unit without a gold partner counts against precision.
 */
class ResponsibilityQualityTests {

	/** The floor below which the build fails; the figures measured are in the README. */
	static final double F1_FLOOR = 0.95;

	record Predicted(String file, ExtractedMeasure unit) {
	}

	static final Map<Role, int[]> counts = new EnumMap<>(Role.class);

	static int goldUnits;

	static int unmatchedGold;

	static int extraPredicted;

	@BeforeAll
	static void score() throws IOException {
		List<GoldUnits.Unit> gold = GoldUnits.units();
		List<GoldUnits.Covered> covered = GoldUnits.covered();
		Set<String> files = new HashSet<>();
		gold.forEach(g -> files.add(g.file()));
		List<Predicted> predicted = new ArrayList<>();
		PolicyExtractor extractor = new PolicyExtractor();
		for (String file : files) {
			ExtractedFile extracted = extractor.extract(file, Files.readAllBytes(Path.of("seed-data/corpus", file)));
			for (ExtractedDocument d : extracted.documents()) {
				for (ExtractedMeasure m : d.responsibilityUnits()) {
					if (covered.stream().anyMatch(c -> c.contains(file, m.lineEnd()))) {
						predicted.add(new Predicted(file, m));
					}
				}
			}
		}
		for (Role r : Role.values()) {
			counts.put(r, new int[3]);
		}
		goldUnits = gold.size();
		Set<Integer> used = new HashSet<>();
		for (GoldUnits.Unit g : gold) {
			int best = -1;
			int bestScore = Integer.MIN_VALUE;
			for (int i = 0; i < predicted.size(); i++) {
				Predicted p = predicted.get(i);
				ExtractedMeasure m = p.unit();
				int distance = Math.abs(m.lineEnd() - g.line());
				boolean near = distance <= 2 || (g.line() >= m.lineStart() && g.line() <= m.lineEnd());
				if (used.contains(i) || !p.file().equals(g.file()) || !near) {
					continue;
				}
				Set<String> named = new HashSet<>(g.lead());
				named.addAll(g.responsible());
				int overlap = (int) m.mentions().stream().filter(x -> x.role() != Role.INHERITED)
					.filter(x -> named.contains(x.surface())).count();
				int score = overlap * 10 - distance;
				if (score > bestScore) {
					bestScore = score;
					best = i;
				}
			}
			if (best < 0) {
				unmatchedGold++;
				for (Role r : Role.values()) {
					counts.get(r)[2] += g.role(r).size();
				}
				continue;
			}
			used.add(best);
			ExtractedMeasure m = predicted.get(best).unit();
			for (Role r : Role.values()) {
				tally(r, g.role(r), m.withRole(r).stream().map(Mention::surface).toList());
			}
		}
		for (int i = 0; i < predicted.size(); i++) {
			if (!used.contains(i)) {
				extraPredicted++;
				for (Role r : Role.values()) {
					counts.get(r)[1] += predicted.get(i).unit().withRole(r).size();
				}
			}
		}
		System.out.println(report());
	}

	private static void tally(Role role, List<String> gold, List<String> predicted) {
		Map<String, Integer> g = multiset(gold);
		Map<String, Integer> p = multiset(predicted);
		int[] c = counts.get(role);
		for (var e : p.entrySet()) {
			int match = Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
			c[0] += match;
			c[1] += e.getValue() - match;
		}
		for (var e : g.entrySet()) {
			c[2] += e.getValue() - Math.min(e.getValue(), p.getOrDefault(e.getKey(), 0));
		}
	}

	private static Map<String, Integer> multiset(List<String> items) {
		Map<String, Integer> m = new HashMap<>();
		items.forEach(i -> m.merge(i, 1, Integer::sum));
		return m;
	}

	static double precision(Role r) {
		int[] c = counts.get(r);
		return c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
	}

	static double recall(Role r) {
		int[] c = counts.get(r);
		return c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
	}

	static double f1(Role r) {
		double p = precision(r);
		double q = recall(r);
		return p + q == 0 ? 0 : 2 * p * q / (p + q);
	}

	static String report() {
		StringBuilder sb = new StringBuilder("\nResponsibility extraction against the gold units\n");
		sb.append(String.format("%-12s %9s %9s %9s %6s %6s %6s%n", "role", "precision", "recall", "F1", "tp", "fp", "fn"));
		for (Role r : Role.values()) {
			int[] c = counts.get(r);
			sb.append(String.format("%-12s %9.3f %9.3f %9.3f %6d %6d %6d%n", r.name().toLowerCase(), precision(r), recall(r),
					f1(r), c[0], c[1], c[2]));
		}
		sb.append(String.format("gold units %d, unmatched gold units %d, extracted units with no gold partner %d%n",
				goldUnits, unmatchedGold, extraPredicted));
		return sb.toString();
	}

	@Test
	void goldSetIsLargeEnoughToMeanSomething() {
		assertThat(goldUnits).isGreaterThanOrEqualTo(200);
		assertThat(GoldUnits.covered()).hasSizeGreaterThanOrEqualTo(12);
	}

	@Test
	void leadF1AboveFloor() {
		assertThat(f1(Role.LEAD)).as(report()).isGreaterThanOrEqualTo(F1_FLOOR);
	}

	@Test
	void responsibleF1AboveFloor() {
		assertThat(f1(Role.RESPONSIBLE)).as(report()).isGreaterThanOrEqualTo(F1_FLOOR);
	}

	@Test
	void inheritedF1AboveFloor() {
		assertThat(f1(Role.INHERITED)).as(report()).isGreaterThanOrEqualTo(F1_FLOOR);
	}

}
