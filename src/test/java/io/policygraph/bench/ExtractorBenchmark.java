package io.policygraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import io.policygraph.ingest.PolicyExtractor;

/**
 * Throughput of the extraction core alone, on one thread, after warm-up:
 * {@code java -cp target/classes:target/test-classes:$(cat target/classpath.txt) io.policygraph.bench.ExtractorBenchmark
 * seed-data/corpus} (the class path from {@code ./mvnw dependency:build-classpath -Dmdep.outputFile=target/classpath.txt}).
 * Prints the median MB of text per second of the measured rounds, by the wall clock and by the extracting thread's
 * CPU time: on a shared machine the wall-clock rate falls with the load, the CPU rate much less, so two builds are
 * compared by their CPU rates (run them interleaved). With {@code --adversarial} it then
 * times inputs built to make a careless extractor quadratic (1, 2, 4 and 8 MB of each), and prints their time
 * per MB beside the corpus's, by the wall clock and by CPU time: a linear extractor keeps that ratio flat.
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
		double[] cpuMbps = new double[rounds];
		ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
		for (int r = 0; r < rounds; r++) {
			long start = System.nanoTime();
			long startCpu = cpu.getCurrentThreadCpuTime();
			for (int i = 0; i < files.size(); i++) {
				extractor.extract(names.get(i), files.get(i));
			}
			mbps[r] = bytes / 1e6 / ((System.nanoTime() - start) / 1e9);
			cpuMbps[r] = bytes / 1e6 / ((cpu.getCurrentThreadCpuTime() - startCpu) / 1e9);
		}
		Arrays.sort(mbps);
		Arrays.sort(cpuMbps);
		System.out.printf("corpus: %d files, %.2f MB, %d responsibility units%n", files.size(), bytes / 1e6, units);
		System.out.printf("extraction throughput (1 thread, after %d warm-up rounds, %d measured): median %.2f MB/s, min %.2f, max %.2f%n",
				WARM_UP, rounds, mbps[rounds / 2], mbps[0], mbps[rounds - 1]);
		System.out.printf("by the thread's CPU time: median %.2f MB/s, min %.2f, max %.2f%n", cpuMbps[rounds / 2], cpuMbps[0],
				cpuMbps[rounds - 1]);
		if (List.of(args).contains("--adversarial")) {
			adversarial(extractor, 1 / mbps[rounds / 2], 1 / cpuMbps[rounds / 2]);
		}
	}

	/**
	 * Runs of each adversarial input, the fastest kept. The machine's virtual CPUs lose whole tenths of a second at
	 * times (the corpus's slowest rounds show it); with three runs a lost tenth still reached the table now and then.
	 */
	private static final int BEST_OF = 5;

	/** Lines that each shape repeats until the input reaches its size. */
	private static final String[][] SHAPES = {
			{ "field lines ending in 、", "牵头单位：市发展改革委、\n" },
			{ "one paragraph of keywords", "牵头单位：市发展改革委、" },
			{ "unclosed brackets", "（牵头单位：市发展改革委、市财政局" },
			{ "annotated measures", "推进重点工作。（牵头单位：市发展改革委；责任单位：市财政局）\n" },
			{ "prose statements", "由市发展改革委牵头，会同市财政局、市科技局推进" } };

	private static void adversarial(PolicyExtractor extractor, double corpusSecondsPerMb, double corpusCpuSecondsPerMb) {
		System.out.printf("%-28s %6s %10s %12s %10s %12s %10s%n", "adversarial input", "MB", "seconds", "s per MB", "x corpus",
				"cpu s per MB", "cpu x corpus");
		ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
		// the corpus's warm-up compiles the paths of real text; these shapes take paths of their own (a field line
		// after a field line, a bracket never closed), and the first one timed paid for compiling them
		for (int warm = 0; warm < 3; warm++) {
			for (String[] shape : SHAPES) {
				extractor.extract("adversarial.txt", build(shape[1], 1));
			}
		}
		for (String[] shape : SHAPES) {
			for (int mb : new int[] { 1, 2, 4, 8 }) {
				byte[] bytes = build(shape[1], mb);
				extractor.extract("adversarial.txt", bytes);
				long best = Long.MAX_VALUE;
				long bestCpu = Long.MAX_VALUE;
				for (int r = 0; r < BEST_OF; r++) {
					long start = System.nanoTime();
					long startCpu = cpu.getCurrentThreadCpuTime();
					extractor.extract("adversarial.txt", bytes);
					best = Math.min(best, System.nanoTime() - start);
					bestCpu = Math.min(bestCpu, cpu.getCurrentThreadCpuTime() - startCpu);
				}
				double seconds = best / 1e9;
				double perMb = seconds / (bytes.length / 1e6);
				double cpuPerMb = bestCpu / 1e9 / (bytes.length / 1e6);
				System.out.printf("%-28s %6d %10.2f %12.3f %10.1f %12.3f %10.1f%n", shape[0], mb, seconds, perMb,
						perMb / corpusSecondsPerMb, cpuPerMb, cpuPerMb / corpusCpuSecondsPerMb);
			}
		}
	}

	private static byte[] build(String unit, int mb) {
		StringBuilder text = new StringBuilder("某市测试行动方案\n一、重点任务\n");
		int target = mb * 1_000_000 / 3;
		while (text.length() < target) {
			text.append(unit);
		}
		return text.append('\n').toString().getBytes(StandardCharsets.UTF_8);
	}

}
