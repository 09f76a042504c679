package io.policygraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.policygraph.chain.ChainTaxonomy;
import io.policygraph.ingest.ExtractedDocument;
import io.policygraph.ingest.ExtractedMeasure;
import io.policygraph.ingest.PolicyExtractor;
import io.policygraph.registry.Registry;
import io.policygraph.support.Links;
import io.policygraph.support.MeasureLinker;

/**
 * Every link the measure linker finds in every measure of some folders of documents, as sorted TSV, so that a
 * change to the linker can be checked by a diff; and the time to link them all:
 * {@code java -cp target/classes:target/test-classes io.policygraph.bench.LinksDump OUT.tsv seed-data/corpus
 * src/test/resources/gold/other-cities}. The linker is built as the application builds it (zones from the seed
 * registry).
 */
public final class LinksDump {

	private static final int WARM_UP = 20;

	private static final int ROUNDS = 20;

	private LinksDump() {
	}

	public static void main(String[] args) throws IOException {
		List<String> zones = new ArrayList<>();
		Registry.load(Path.of("seed-data")).places().values().stream().filter(p -> p.kind().equals("zone")).forEach(p -> {
			zones.add(p.name());
			zones.addAll(p.aliases());
		});
		MeasureLinker linker = new MeasureLinker(ChainTaxonomy.load(Path.of("seed-data")), zones);
		PolicyExtractor extractor = new PolicyExtractor();
		List<String> rows = new ArrayList<>();
		List<String> corpusTexts = new ArrayList<>();
		for (String dir : Arrays.asList(args).subList(1, args.length)) {
			List<Path> files;
			try (Stream<Path> s = Files.list(Path.of(dir))) {
				files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
			}
			for (Path f : files) {
				String file = dir + "/" + f.getFileName();
				List<ExtractedDocument> docs = extractor.extract(f.getFileName().toString(), Files.readAllBytes(f)).documents();
				for (int i = 0; i < docs.size(); i++) {
					ExtractedDocument d = docs.get(i);
					for (ExtractedMeasure m : d.measures()) {
						if (dir.endsWith("seed-data/corpus")) {
							corpusTexts.add(m.text());
						}
						String key = file + "\t" + (i + 1) + "\t" + String.format(Locale.ROOT, "%04d", m.ordinal());
						rows(linker.link(m.text())).forEach(r -> rows.add(key + "\t" + r));
					}
				}
			}
		}
		rows.sort(null);
		Files.write(Path.of(args[0]), rows, StandardCharsets.UTF_8);
		System.out.printf("%d links written to %s%n", rows.size(), args[0]);
		time(linker, corpusTexts);
	}

	private static List<String> rows(Links l) {
		List<String> out = new ArrayList<>();
		l.chains().forEach(c -> out.add(String.join("\t", "chain", c.chain(), String.valueOf(c.segment()), c.surface(), span(c.start(), c.end()))));
		l.parks().forEach(p -> out.add(String.join("\t", "park", p.name(), span(p.start(), p.end()))));
		l.projects().forEach(p -> out.add(String.join("\t", "project", p.name(), String.valueOf(p.investmentYi()),
				String.valueOf(p.status()), String.valueOf(p.year()), span(p.start(), p.end()))));
		l.portfolios().forEach(p -> out.add(String.join("\t", "portfolio", p.status(), String.valueOf(p.count()),
				String.valueOf(p.totalYi()), p.surface(), span(p.start(), p.end()))));
		l.targets().forEach(t -> out.add(String.join("\t", "target", t.metric(), String.valueOf(t.value()), t.unit(),
				t.comparator(), String.valueOf(t.year()), t.surface(), span(t.start(), t.end()))));
		l.funding().forEach(f -> out.add(String.join("\t", "funding", String.valueOf(f.capYuan()), f.basis(), f.surface(),
				span(f.start(), f.end()))));
		return out.stream().map(s -> s.replace('\n', '⏎')).toList();
	}

	private static String span(int start, int end) {
		return String.format(Locale.ROOT, "%05d-%05d", start, end);
	}

	/** Links every measure text of the seed corpus {@link #ROUNDS} times after {@link #WARM_UP} rounds. */
	private static void time(MeasureLinker linker, List<String> texts) {
		long chars = texts.stream().mapToLong(String::length).sum();
		int found = 0;
		for (int r = 0; r < WARM_UP; r++) {
			for (String t : texts) {
				found += linker.link(t).isEmpty() ? 0 : 1;
			}
		}
		double[] ms = new double[ROUNDS];
		for (int r = 0; r < ROUNDS; r++) {
			long t0 = System.nanoTime();
			for (String t : texts) {
				found += linker.link(t).isEmpty() ? 0 : 1;
			}
			ms[r] = (System.nanoTime() - t0) / 1e6;
		}
		Arrays.sort(ms);
		System.out.printf("seed corpus: %d measures, %d chars; link all, %d warm-up + %d rounds: median %.1f ms, min %.1f, max %.1f (%d)%n",
				texts.size(), chars, WARM_UP, ROUNDS, ms[ROUNDS / 2], ms[0], ms[ROUNDS - 1], found);
	}

}
