package io.policygraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A folder of documents with hand-written expected units ({@code NAME.txt} beside {@code NAME.expected.tsv},
 * optionally {@code NAME.source} with a {@code kind:} line), scored against the extractor.
 *
 * <p>An expected unit is keyed by a line of the unit (its first line, by the gold's convention); an extracted
 * unit answers for the expected unit whose key lies in its line range (its first line if several do). So a
 * unit whose text starts a line or two above the key (a row's 序号 cell above its task) is still the same
 * unit, and two units are never paired with one. Extracted units that start on the same line are merged
 * first, as the gold writes them as one row. Every extracted unit paired with none counts against
 * precision, every expected unit paired with none against recall; lines marked {@code #ignore} are not scored.
 */
final class GoldSet {

	/** Per role: true positives, extracted, expected. */
	final Map<Role, int[]> counts = new EnumMap<>(Role.class);

	/** The same counts per shape of document (the {@code shape:} line of the {@code .source} files). */
	final Map<String, Map<Role, int[]>> byKind = new TreeMap<>();

	/** {@code file \t line} of every expected unit extracted exactly (same bodies in every role). */
	final Set<String> exact = new TreeSet<>();

	int documents;

	int expectedUnits;

	private GoldSet() {
	}

	static GoldSet score(Path dir) throws IOException {
		GoldSet set = new GoldSet();
		PolicyExtractor extractor = new PolicyExtractor();
		List<Path> texts;
		try (Stream<Path> files = Files.list(dir)) {
			texts = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
		}
		for (Path text : texts) {
			set.documents++;
			String name = text.getFileName().toString();
			Path tsv = sibling(text, ".expected.tsv");
			Map<Integer, Map<Role, Set<String>>> expected = expected(tsv);
			Set<Integer> ignored = ignored(tsv);
			set.expectedUnits += expected.size();
			String kind = shape(sibling(text, ".source"));
			// units that start on one line are one row of the gold (its convention): their bodies are merged
			Map<Integer, int[]> byStart = new TreeMap<>();
			Map<Integer, Map<Role, Set<String>>> bodiesByStart = new HashMap<>();
			for (ExtractedDocument d : extractor.extract(name, Files.readAllBytes(text)).documents()) {
				for (ExtractedMeasure m : d.responsibilityUnits()) {
					int[] r = byStart.computeIfAbsent(m.lineStart(), k -> new int[] { k, k });
					r[1] = Math.max(r[1], m.lineEnd());
					Map<Role, Set<String>> unit = bodiesByStart.computeIfAbsent(m.lineStart(), k -> emptyUnit());
					m.mentions().forEach(x -> unit.get(x.role()).add(x.surface()));
				}
			}
			List<int[]> ranges = new ArrayList<>(byStart.values());
			List<Map<Role, Set<String>>> got = new ArrayList<>();
			ranges.forEach(r -> got.add(bodiesByStart.get(r[0])));
			// first the units that start on a key, then those whose range holds one, so none takes another's key
			Set<Integer> paired = new HashSet<>();
			Integer[] keys = new Integer[got.size()];
			for (int i = 0; i < got.size(); i++) {
				int start = ranges.get(i)[0];
				if (expected.containsKey(start) && paired.add(start)) {
					keys[i] = start;
				}
			}
			for (int i = 0; i < got.size(); i++) {
				if (keys[i] == null) {
					keys[i] = key(expected.keySet(), paired, ranges.get(i));
					if (keys[i] != null) {
						paired.add(keys[i]);
					}
				}
			}
			for (int i = 0; i < got.size(); i++) {
				int[] r = ranges.get(i);
				Integer key = keys[i];
				if (key == null && ignored.stream().anyMatch(k -> k >= r[0] && k <= r[1])) {
					continue;
				}
				Map<Role, Set<String>> e = key == null ? emptyUnit() : expected.get(key);
				if (key != null) {
					if (e.equals(got.get(i))) {
						set.exact.add(name + "\t" + key);
					}
				}
				set.add(kind, e, got.get(i));
			}
			for (Map.Entry<Integer, Map<Role, Set<String>>> e : expected.entrySet()) {
				if (!paired.contains(e.getKey())) {
					set.add(kind, e.getValue(), emptyUnit());
				}
			}
		}
		return set;
	}

	private static Integer key(Set<Integer> keys, Set<Integer> paired, int[] range) {
		return keys.stream().filter(k -> k >= range[0] && k <= range[1] && !paired.contains(k)).min(Integer::compare)
			.orElse(null);
	}

	private void add(String kind, Map<Role, Set<String>> expected, Map<Role, Set<String>> got) {
		for (Role r : Role.values()) {
			Set<String> both = new HashSet<>(expected.get(r));
			both.retainAll(got.get(r));
			for (Map<Role, int[]> c : List.of(this.counts, this.byKind.computeIfAbsent(kind, k -> new EnumMap<>(Role.class)))) {
				int[] n = c.computeIfAbsent(r, k -> new int[3]);
				n[0] += both.size();
				n[1] += got.get(r).size();
				n[2] += expected.get(r).size();
			}
		}
	}

	double f1(Role r) {
		return f1(this.counts.computeIfAbsent(r, k -> new int[3]));
	}

	/** {@return F1 over all roles together} */
	double f1All() {
		int[] all = new int[3];
		for (int[] c : this.counts.values()) {
			for (int i = 0; i < 3; i++) {
				all[i] += c[i];
			}
		}
		return f1(all);
	}

	static double f1(int[] c) {
		double p = c[1] == 0 ? 1.0 : (double) c[0] / c[1];
		double q = c[2] == 0 ? 1.0 : (double) c[0] / c[2];
		return p + q == 0 ? 0 : 2 * p * q / (p + q);
	}

	/** Prints the figures: per role, then per kind of document. */
	void print(String title) {
		System.out.println(title + " (" + this.documents + " documents, " + this.expectedUnits + " units, "
				+ this.exact.size() + " exact)");
		System.out.printf("%-12s %10s %10s %10s %6s %6s %6s%n", "role", "precision", "recall", "F1", "tp", "got", "expected");
		for (Role r : Role.values()) {
			int[] c = this.counts.computeIfAbsent(r, k -> new int[3]);
			System.out.printf("%-12s %10.3f %10.3f %10.3f %6d %6d %6d%n", r.name().toLowerCase(),
					c[1] == 0 ? 1.0 : (double) c[0] / c[1], c[2] == 0 ? 1.0 : (double) c[0] / c[2], f1(c), c[0], c[1], c[2]);
		}
		System.out.printf("%-12s %32.3f%n", "all roles", f1All());
		if (this.byKind.size() > 1) {
			for (Map.Entry<String, Map<Role, int[]>> k : this.byKind.entrySet()) {
				int[] all = new int[3];
				k.getValue().values().forEach(c -> {
					for (int i = 0; i < 3; i++) {
						all[i] += c[i];
					}
				});
				System.out.printf("  %-36s all roles F1 %.3f (%d expected bodies)%n", k.getKey(), f1(all), all[2]);
			}
		}
	}

	/** {@code line \t lead|… \t responsible|… \t inherited|… \t openList}; {@code #} starts a comment. */
	static Map<Integer, Map<Role, Set<String>>> expected(Path tsv) throws IOException {
		Map<Integer, Map<Role, Set<String>>> out = new LinkedHashMap<>();
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

	private static String shape(Path source) throws IOException {
		if (!Files.exists(source)) {
			return "all";
		}
		Map<String, String> fields = new HashMap<>();
		for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
			int colon = line.indexOf(':');
			if (colon > 0) {
				fields.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
			}
		}
		return fields.getOrDefault("shape", "all");
	}

	private static Path sibling(Path text, String suffix) {
		return Path.of(text.toString().replaceFirst("\\.txt$", suffix));
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

	/** {@return the committed list of units that must stay exact ({@code file \t line} lines)} */
	static Set<String> committedExact(Path file) throws IOException {
		Set<String> out = new TreeSet<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (!line.isBlank() && !line.startsWith("#")) {
				out.add(line.strip());
			}
		}
		return out;
	}

	/**
	 * {@return the units listed as exact in the folder's {@code exact-units.tsv} that are no longer extracted
	 * exactly} Writes the list anew first when asked to ({@link #updateExactIfAsked}).
	 */
	Set<String> regressions(Path dir) throws IOException {
		Path file = dir.resolve("exact-units.tsv");
		updateExactIfAsked(file);
		Set<String> lost = new TreeSet<>(committedExact(file));
		lost.removeAll(this.exact);
		return lost;
	}

	/**
	 * With {@code -Dgold.update=true}, writes the units extracted exactly now as the new committed list: run it
	 * after a change that only adds exact units, and commit the file with the change.
	 */
	void updateExactIfAsked(Path file) throws IOException {
		if (!Boolean.getBoolean("gold.update")) {
			return;
		}
		List<String> lines = new ArrayList<>();
		lines.add("# units (file, expected line) extracted exactly: none of them may regress; written with -Dgold.update=true");
		lines.addAll(this.exact);
		Files.write(file, lines, StandardCharsets.UTF_8);
	}

}
