package io.policygraph.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.policygraph.chain.ChainTaxonomy;
import io.policygraph.ingest.ExtractedDocument;
import io.policygraph.ingest.ExtractedMeasure;
import io.policygraph.ingest.PolicyExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall of what measures support — chains and segments, parks, projects, targets,
 * funding — against the hand-checked sets in {@code gold/support/}. An item matches a gold row of the
 * same file within two lines (blank-line-interleaved layouts put a wrapped name two lines on) with
 * the same key; inside the covered ranges every other item found counts
 * against precision.
 */
class SupportQualityTests {

	/** The floor below which the build fails; the measured figures are in the README. */
	static final Map<String, Double> FLOOR = Map.of("chains", 0.95, "parks", 0.9, "projects", 0.95, "targets", 0.97,
			"funding", 0.95);

	static final Path GOLD = Path.of("src/test/resources/gold/support");

	record Item(String file, int line, String key) {
	}

	record Score(int tp, int fp, int fn) {

		double precision() {
			return this.tp + this.fp == 0 ? 1 : (double) this.tp / (this.tp + this.fp);
		}

		double recall() {
			return this.tp + this.fn == 0 ? 1 : (double) this.tp / (this.tp + this.fn);
		}

		double f1() {
			double p = precision();
			double r = recall();
			return p + r == 0 ? 0 : 2 * p * r / (p + r);
		}

	}

	static final Map<String, Score> scores = new HashMap<>();

	static final Map<String, List<String>> misses = new HashMap<>();

	@BeforeAll
	static void score() throws IOException {
		List<String> zones = new ArrayList<>();
		io.policygraph.registry.Registry.load(Path.of("seed-data")).places().values().stream()
			.filter(p -> p.kind().equals("zone"))
			.forEach(p -> {
				zones.add(p.name());
				zones.addAll(p.aliases());
			});
		MeasureLinker linker = new MeasureLinker(ChainTaxonomy.load(Path.of("seed-data")), zones);
		PolicyExtractor extractor = new PolicyExtractor();
		Map<String, List<ExtractedMeasure>> measures = new HashMap<>();
		score("chains", r -> r.get("expected"), measures, extractor, (m, out) -> linker.link(m.text()).chains()
			.forEach(c -> out.add(new int[] { c.start() }, c.segment() == null ? c.chain() : c.segment())));
		score("parks", r -> norm(r.get("surface")), measures, extractor, (m, out) -> linker.link(m.text()).parks()
			.forEach(p -> out.add(new int[] { p.start() }, norm(p.name()))));
		score("projects", r -> norm(r.get("surface")), measures, extractor, (m, out) -> {
			Links links = linker.link(m.text());
			links.projects().forEach(p -> out.add(new int[] { p.start() }, norm(p.name())));
			links.portfolios().forEach(p -> out.add(new int[] { p.start() }, norm(p.surface())));
		});
		score("targets", r -> number(r.get("value")), measures, extractor, (m, out) -> linker.link(m.text()).targets()
			.forEach(t -> out.add(new int[] { t.start() }, number(Double.toString(t.value())))));
		score("funding", r -> r.get("capYuan").isBlank() ? r.get("basis").replace('／', '/') : r.get("capYuan"), measures,
				extractor, (m, out) -> linker.link(m.text()).funding().forEach(f -> out.add(new int[] { f.start() },
						f.capYuan() == null ? f.basis().replace('／', '/') : Long.toString(f.capYuan()))));
		if (Boolean.getBoolean("support.verbose")) {
			misses.forEach((k, v) -> v.forEach(x -> System.out.println(k + " " + x)));
		}
		scores.forEach((k, s) -> System.out.printf("%-9s precision %.3f recall %.3f F1 %.3f (tp %d, fp %d, fn %d)%n", k,
				s.precision(), s.recall(), s.f1(), s.tp(), s.fp(), s.fn()));
	}

	interface Finder {

		void find(ExtractedMeasure m, Collector out);

	}

	interface Collector {

		void add(int[] offset, String key);

	}

	private static void score(String kind, Function<Map<String, String>, String> goldKey,
			Map<String, List<ExtractedMeasure>> cache, PolicyExtractor extractor, Finder finder) throws IOException {
		Path goldFile = GOLD.resolve(kind + ".tsv");
		if (!Files.exists(goldFile)) {
			return;
		}
		List<Map<String, String>> rows = tsv(goldFile);
		List<Map<String, String>> covered = tsv(GOLD.resolve(kind + ".covered.tsv"));
		List<Item> gold = new ArrayList<>();
		for (Map<String, String> r : rows) {
			gold.add(new Item(r.get("file"), Integer.parseInt(r.get("line").strip()), goldKey.apply(r)));
		}
		List<Item> found = new ArrayList<>();
		Set<String> files = new HashSet<>();
		covered.forEach(c -> files.add(c.get("file")));
		for (String file : files) {
			List<ExtractedMeasure> ms = cache.computeIfAbsent(file, f -> {
				try {
					List<ExtractedMeasure> all = new ArrayList<>();
					for (ExtractedDocument d : extractor.extract(f, Files.readAllBytes(Path.of("seed-data/corpus", f))).documents()) {
						all.addAll(d.measures());
					}
					return all;
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			});
			for (ExtractedMeasure m : ms) {
				finder.find(m, (offset, key) -> {
					int line = m.lines().lineAt(offset[0]);
					if (inside(covered, file, line)) {
						found.add(new Item(file, line, key));
					}
				});
			}
		}
		int tp = 0;
		Set<Integer> used = new HashSet<>();
		List<String> missed = new ArrayList<>();
		for (Item g : gold) {
			int hit = -1;
			for (int i = 0; i < found.size(); i++) {
				Item f = found.get(i);
				if (!used.contains(i) && f.file().equals(g.file()) && Math.abs(f.line() - g.line()) <= 2 && f.key().equals(g.key())) {
					hit = i;
					break;
				}
			}
			if (hit >= 0) {
				used.add(hit);
				tp++;
			}
			else {
				missed.add("miss " + g);
			}
		}
		for (int i = 0; i < found.size(); i++) {
			if (!used.contains(i)) {
				missed.add("extra " + found.get(i));
			}
		}
		misses.put(kind, missed);
		scores.put(kind, new Score(tp, found.size() - used.size(), gold.size() - tp));
	}

	private static boolean inside(List<Map<String, String>> covered, String file, int line) {
		for (Map<String, String> c : covered) {
			if (c.get("file").equals(file) && line >= Integer.parseInt(c.get("firstLine").strip())
					&& line <= Integer.parseInt(c.get("lastLine").strip())) {
				return true;
			}
		}
		return false;
	}

	static String norm(String s) {
		return s.replaceAll("\\s", "").replace('(', '（').replace(')', '）').replace('"', '“');
	}

	static String number(String s) {
		double v = Double.parseDouble(s.strip());
		return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
	}

	private static List<Map<String, String>> tsv(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		String[] header = lines.get(0).split("\t");
		List<Map<String, String>> out = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			if (line.isBlank()) {
				continue;
			}
			String[] f = line.split("\t", -1);
			Map<String, String> m = new HashMap<>();
			for (int i = 0; i < header.length; i++) {
				m.put(header[i].strip(), i < f.length ? f[i] : "");
			}
			out.add(m);
		}
		return out;
	}

	@Test
	void eachKindAboveItsFloor() {
		assertThat(scores).as("gold sets present").isNotEmpty();
		scores.forEach((kind, s) -> assertThat(s.f1()).as(kind + ": " + String.join("\n", misses.get(kind).subList(0,
				Math.min(40, misses.get(kind).size())))).isGreaterThanOrEqualTo(FLOOR.get(kind)));
	}

}
