package io.policygraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.policygraph.ingest.ExtractedDocument;
import io.policygraph.ingest.ExtractedFile;
import io.policygraph.ingest.ExtractedMeasure;
import io.policygraph.ingest.PolicyExtractor;

/**
 * Every responsibility unit extracted from some folders of {@code .txt} documents, one TSV line each (file, lines,
 * then each body as role:surface), so that a change to the extraction core can be checked against the seed corpus
 * and the gold sets by a diff:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) io.policygraph.bench.UnitsDump OUT.tsv
 * seed-data/corpus src/test/resources/gold}.
 */
public final class UnitsDump {

	private UnitsDump() {
	}

	public static void main(String[] args) throws IOException {
		PolicyExtractor extractor = new PolicyExtractor();
		List<String> out = new ArrayList<>();
		for (String folder : Arrays.asList(args).subList(1, args.length)) {
			List<Path> files;
			try (Stream<Path> walk = Files.walk(Path.of(folder))) {
				files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
			}
			for (Path file : files) {
				ExtractedFile f = extractor.extract(file.getFileName().toString(), Files.readAllBytes(file));
				for (ExtractedDocument d : f.documents()) {
					for (ExtractedMeasure m : d.responsibilityUnits()) {
						String bodies = m.mentions()
							.stream()
							.map(x -> x.role() + ":" + x.surface())
							.collect(Collectors.joining(" "));
						out.add(file + "\t" + m.lineStart() + "-" + m.lineEnd() + "\t" + bodies);
					}
				}
			}
		}
		Files.write(Path.of(args[0]), out, StandardCharsets.UTF_8);
	}

}
