package io.policygraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import io.policygraph.ingest.PolicyExtractor;

/**
 * Throughput of the extraction core alone, on one thread, after warm-up:
 * {@code java -cp target/classes:target/test-classes io.policygraph.bench.ExtractorBenchmark seed-data/corpus}.
 * Prints MB of text per second for each measured round and their median.
 */
public final class ExtractorBenchmark {

	/** Rounds before measuring: with 20 the median swung between 5 and 11 MB/s from one run to the next. */
	private static final int WARM_UP = 60;

	private ExtractorBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		Path dir = Path.of(args.length > 0 ? args[0] : "seed-data/corpus");
		List<byte[]> files = new ArrayList<>();
		List<String> names = new ArrayList<>();
		try (Stream<Path> s = Files.list(dir)) {
			for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
				files.add(Files.readAllBytes(p));
				names.add(p.getFileName().toString());
			}
		}
		long bytes = files.stream().mapToLong(b -> b.length).sum();
		PolicyExtractor extractor = new PolicyExtractor();
		int units = 0;
		for (int warm = 0; warm < WARM_UP; warm++) {
			units = 0;
			for (int i = 0; i < files.size(); i++) {
				units += extractor.extract(names.get(i), files.get(i)).documents().stream()
					.mapToInt(d -> d.responsibilityUnits().size()).sum();
			}
		}
		int rounds = 30;
		double[] mbps = new double[rounds];
		for (int r = 0; r < rounds; r++) {
			long start = System.nanoTime();
			for (int i = 0; i < files.size(); i++) {
				extractor.extract(names.get(i), files.get(i));
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			mbps[r] = bytes / 1e6 / seconds;
		}
		Arrays.sort(mbps);
		System.out.printf("corpus: %d files, %.2f MB, %d responsibility units%n", files.size(), bytes / 1e6, units);
		System.out.printf("extraction throughput (1 thread, after %d warm-up rounds, %d measured): median %.2f MB/s, min %.2f, max %.2f%n",
				WARM_UP, rounds, mbps[rounds / 2], mbps[0], mbps[rounds - 1]);
	}

}
