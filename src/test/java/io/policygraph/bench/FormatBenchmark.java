package io.policygraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.policygraph.ingest.PolicyExtractor;
import io.policygraph.ingest.UnreadableSourceException;
import io.policygraph.ingest.format.Formats;
import io.policygraph.ingest.format.Origin;
import io.policygraph.ingest.format.ReadLimits;
import io.policygraph.ingest.format.ReadSource;
import org.apache.pdfbox.Loader;

/**
 * Throughput of the format readers on the committed fixtures ({@code src/test/resources/formats/}): for each
 * file, the reading alone (bytes to normalised text) and the whole extraction (reading, layout and grammar),
 * in MB/s of the file's bytes and of the normalised text it holds (UTF-8), and for PDF and OFD in pages per second. One thread; warm-up rounds, then measured rounds.
 *
 * <pre>
 * java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" io.policygraph.bench.FormatBenchmark src/test/resources/formats
 * </pre>
 */
public final class FormatBenchmark {

	private FormatBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args.length > 0 ? args[0] : "src/test/resources/formats");
		int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 10;
		int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
		List<Path> files;
		try (Stream<Path> s = Files.list(folder)) {
			files = s.filter(Files::isRegularFile).sorted().toList();
		}
		ReadLimits limits = ReadLimits.defaults();
		PolicyExtractor extractor = new PolicyExtractor(limits);
		System.out.printf("%-28s %-6s %9s %9s %6s %10s %13s %13s %8s%n", "file", "format", "bytes", "text", "pages", "read MB/s",
				"extract MB/s", "text MB/s", "pages/s");
		for (Path file : files) {
			byte[] bytes = Files.readAllBytes(file);
			String name = file.getFileName().toString();
			ReadSource read;
			try {
				read = Formats.read(name, bytes, limits);
			}
			catch (UnreadableSourceException ex) {
				long t = timed(() -> refuse(name, bytes, limits), warmup, rounds);
				System.out.printf("%-28s %-6s %9d %9s %6s %10s %13s %13s %8s   refused in %.1f ms%n", name, "-", bytes.length, "-", "-",
						"-", "-", "-", "-", t / 1e6);
				continue;
			}
			int pages = switch (read.format().label()) {
				case "pdf" -> pages(bytes);
				case "ofd" -> read.origins().stream().map(Origin::page).filter(java.util.Objects::nonNull).max(Integer::compare).orElse(0);
				default -> 0;
			};
			long readNanos = timed(() -> Formats.read(name, bytes, limits), warmup, rounds);
			long extractNanos = timed(() -> extractor.extract(name, bytes), warmup, rounds);
			double mb = bytes.length / 1e6;
			int text = read.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
			System.out.printf("%-28s %-6s %9d %9d %6s %10.2f %13.2f %13.2f %8s%n", name, read.format().label(), bytes.length, text,
					pages == 0 ? "-" : Integer.toString(pages), mb / (readNanos / 1e9), mb / (extractNanos / 1e9),
					text / 1e6 / (extractNanos / 1e9), pages == 0 ? "-" : String.format("%.1f", pages / (extractNanos / 1e9)));
		}
	}

	private static void refuse(String name, byte[] bytes, ReadLimits limits) {
		try {
			Formats.read(name, bytes, limits);
		}
		catch (UnreadableSourceException expected) {
			// the refusal is what is timed
		}
	}

	private static int pages(byte[] bytes) throws Exception {
		try (var doc = Loader.loadPDF(bytes)) {
			return doc.getNumberOfPages();
		}
	}

	/** {@return the median time of one run, in nanoseconds} */
	private static long timed(Runnable run, int warmup, int rounds) {
		for (int i = 0; i < warmup; i++) {
			run.run();
		}
		long[] times = new long[rounds];
		for (int i = 0; i < rounds; i++) {
			long start = System.nanoTime();
			run.run();
			times[i] = System.nanoTime() - start;
		}
		java.util.Arrays.sort(times);
		return times[rounds / 2];
	}

}
