package io.policygraph.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.policygraph.ingest.ExtractedDocument;
import io.policygraph.ingest.ExtractedFile;
import io.policygraph.ingest.PolicyExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accuracy of agency resolution against {@code gold/agency-resolution.tsv}: each row names a surface
 * form as written at a line of the corpus and the canonical body it must resolve to in the jurisdiction
 * of the document holding that line.
 */
class ResolutionQualityTests {

	static final double ACCURACY_FLOOR = 0.95;

	static final List<String> misses = new ArrayList<>();

	static int rows;

	static int correct;

	@BeforeAll
	static void score() throws IOException {
		Registry registry = Registry.load(Path.of("seed-data"));
		AgencyResolver resolver = new AgencyResolver(registry);
		Jurisdictions jurisdictions = new Jurisdictions(resolver);
		PolicyExtractor extractor = new PolicyExtractor();
		Map<String, ExtractedFile> files = new HashMap<>();
		List<String> lines = Files.readAllLines(Path.of("src/test/resources/gold/agency-resolution.tsv"), StandardCharsets.UTF_8);
		for (String line : lines.subList(1, lines.size())) {
			if (line.isBlank()) {
				continue;
			}
			String[] f = line.split("\t");
			String file = f[0];
			int at = Integer.parseInt(f[1].strip());
			ExtractedFile extracted = files.computeIfAbsent(file, name -> {
				try {
					return extractor.extract(name, Files.readAllBytes(Path.of("seed-data/corpus", name)));
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			});
			ExtractedDocument doc = extracted.documents().stream()
				.filter(d -> at >= d.lineStart() && at <= d.lineEnd()).findFirst().orElse(null);
			String place = doc == null ? null : jurisdictions.decide(doc, text(doc)).placeId();
			String got = place == null ? null : resolver.resolve(place, f[2]);
			rows++;
			if (f[3].equals(got)) {
				correct++;
			}
			else {
				misses.add(file.substring(0, 3) + ":" + at + " " + f[2] + " [" + place + "] expected " + f[3] + " got " + got);
			}
		}
		System.out.printf("%nAgency resolution: %d of %d correct, accuracy %.3f%n", correct, rows, accuracy());
		misses.forEach(m -> System.out.println("  miss " + m));
	}

	static String text(ExtractedDocument d) {
		StringBuilder sb = new StringBuilder(d.title());
		d.measures().forEach(m -> sb.append(m.text()));
		return sb.toString();
	}

	static double accuracy() {
		return rows == 0 ? 0 : (double) correct / rows;
	}

	@Test
	void enoughPairsAcrossJurisdictions() {
		assertThat(rows).isGreaterThanOrEqualTo(250);
	}

	@Test
	void accuracyAboveFloor() {
		assertThat(accuracy()).as(String.join("\n", misses)).isGreaterThanOrEqualTo(ACCURACY_FLOOR);
	}

}
