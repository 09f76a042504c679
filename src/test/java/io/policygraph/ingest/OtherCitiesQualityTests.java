package io.policygraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision, recall and F1 per role on documents written in the styles of cities outside the seed
 * corpus ({@code src/test/resources/gold/other-cities/}, see its README). A unit is keyed by its first
 * line; bodies are compared as sets per role. Every unit extracted where none is expected counts against
 * precision, every expected unit missed against recall. A line marked {@code #ignore} is not scored.
 */
class OtherCitiesQualityTests {

	/** The floor below which the build fails; the figures measured are in the README. */
	static final double F1_FLOOR = 0.9;

	static final Path DIR = Path.of("src/test/resources/gold/other-cities");

	static final Map<Role, int[]> counts = new EnumMap<>(Role.class);

	static int documents;

	static int expectedUnits;

	@BeforeAll
	static void score() throws IOException {
		for (Role r : Role.values()) {
			counts.put(r, new int[3]);
		}
		PolicyExtractor extractor = new PolicyExtractor();
		List<Path> texts;
		try (Stream<Path> files = Files.list(DIR)) {
			texts = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
		}
		for (Path text : texts) {
			documents++;
			Map<Integer, Map<Role, Set<String>>> expected = expected(
					Path.of(text.toString().replaceFirst("\\.txt$", ".expected.tsv")));
			expectedUnits += expected.size();
			Map<Integer, Map<Role, Set<String>>> got = new TreeMap<>();
			for (ExtractedDocument d : extractor.extract(text.getFileName().toString(), Files.readAllBytes(text))
				.documents()) {
				for (ExtractedMeasure m : d.responsibilityUnits()) {
					Map<Role, Set<String>> unit = got.computeIfAbsent(m.lineStart(), k -> emptyUnit());
					m.mentions().forEach(x -> unit.get(x.role()).add(x.surface()));
				}
			}
			Set<Integer> lines = new HashSet<>(expected.keySet());
			lines.addAll(got.keySet());
			lines.removeAll(ignored(Path.of(text.toString().replaceFirst("\\.txt$", ".expected.tsv"))));
			for (int line : lines) {
				Map<Role, Set<String>> e = expected.getOrDefault(line, emptyUnit());
				Map<Role, Set<String>> g = got.getOrDefault(line, emptyUnit());
				for (Role r : Role.values()) {
					Set<String> both = new HashSet<>(e.get(r));
					both.retainAll(g.get(r));
					int[] c = counts.get(r);
					c[0] += both.size();
					c[1] += g.get(r).size();
					c[2] += e.get(r).size();
				}
			}
		}
		System.out.println("Responsibility extraction on documents in other cities' styles (" + documents
				+ " documents, " + expectedUnits + " units)");
		System.out.printf("%-12s %10s %10s %10s %6s %6s %6s%n", "role", "precision", "recall", "F1", "tp", "got", "expected");
		for (Role r : Role.values()) {
			int[] c = counts.get(r);
			System.out.printf("%-12s %10.3f %10.3f %10.3f %6d %6d %6d%n", r.name().toLowerCase(), precision(r), recall(r),
					f1(r), c[0], c[1], c[2]);
		}
	}

	/** {@code line \t lead|… \t responsible|… \t inherited|… \t openList}; {@code #} starts a comment. */
	private static Map<Integer, Map<Role, Set<String>>> expected(Path tsv) throws IOException {
		Map<Integer, Map<Role, Set<String>>> out = new TreeMap<>();
		for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] c = line.split("\t", -1);
			Map<Role, Set<String>> unit = emptyUnit();
			unit.get(Role.LEAD).addAll(surfaces(c[1]));
			unit.get(Role.RESPONSIBLE).addAll(surfaces(c[2]));
			unit.get(Role.INHERITED).addAll(surfaces(c[3]));
			out.put(Integer.parseInt(c[0].strip()), unit);
		}
		return out;
	}

	/** {@code #ignore \t LINE}: a line whose reading the annotator left open; it is not scored. */
	private static Set<Integer> ignored(Path tsv) throws IOException {
		Set<Integer> out = new HashSet<>();
		for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
			if (line.startsWith("#ignore")) {
				out.add(Integer.parseInt(line.split("\t")[1].strip()));
			}
		}
		return out;
	}

	private static List<String> surfaces(String cell) {
		return Stream.of(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static Map<Role, Set<String>> emptyUnit() {
		Map<Role, Set<String>> unit = new EnumMap<>(Role.class);
		for (Role r : Role.values()) {
			unit.put(r, new HashSet<>());
		}
		return unit;
	}

	static double precision(Role r) {
		int[] c = counts.get(r);
		return c[1] == 0 ? 1.0 : (double) c[0] / c[1];
	}

	static double recall(Role r) {
		int[] c = counts.get(r);
		return c[2] == 0 ? 1.0 : (double) c[0] / c[2];
	}

	static double f1(Role r) {
		double p = precision(r);
		double q = recall(r);
		return p + q == 0 ? 0 : 2 * p * q / (p + q);
	}

	@Test
	void theSetIsThere() {
		assertThat(documents).isGreaterThanOrEqualTo(5);
		assertThat(expectedUnits).isGreaterThanOrEqualTo(50);
	}

	@Test
	void leadF1AboveFloor() {
		assertThat(f1(Role.LEAD)).isGreaterThanOrEqualTo(F1_FLOOR);
	}

	@Test
	void responsibleF1AboveFloor() {
		assertThat(f1(Role.RESPONSIBLE)).isGreaterThanOrEqualTo(F1_FLOOR);
	}

	@Test
	void inheritedF1AboveFloor() {
		assertThat(f1(Role.INHERITED)).isGreaterThanOrEqualTo(F1_FLOOR);
	}

}
