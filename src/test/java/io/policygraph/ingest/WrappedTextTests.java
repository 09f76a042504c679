package io.policygraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real documents of every gold set, broken into lines of a page's width as a PDF's text layer gives them (24, 30,
 * 36 and 45 characters a line; punctuation never opens a line), read as they are read unbroken: the same bodies in
 * the same roles. A text holding a table is left out (a page does not break a table's row into the next cell).
 * Differences known and not yet mended are listed in {@code wrap-differences.tsv} beside the sets; the list may
 * only shrink.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WrappedTextTests {

	private static final Path GOLD = Path.of("src/test/resources/gold");

	private static final int[] WIDTHS = { 24, 30, 36, 45 };

	/** What a line never starts with: the page puts it at the end of the line before. */
	private static final String NO_LINE_START = "，。：；、）》”’！？,.:;)";

	private final PolicyExtractor extractor = new PolicyExtractor();

	private final Set<String> differing = new TreeSet<>();

	private int compared;

	@BeforeAll
	void wrapEveryText() throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(GOLD)) {
			files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
		}
		for (Path file : files) {
			String text = Files.readString(file);
			if (holdsTable(file, text)) {
				continue;
			}
			List<String> whole = bodies(file, text);
			for (int width : WIDTHS) {
				this.compared++;
				if (!bodies(file, wrap(text, width)).equals(whole)) {
					this.differing.add(GOLD.relativize(file) + "\t" + width);
				}
			}
		}
	}

	@Test
	void wrappedTextsReadAsTheyReadUnbroken() throws IOException {
		assertThat(this.compared).as("texts times widths compared").isGreaterThan(300);
		assertThat(this.differing).as("wrapped texts read otherwise, not listed in wrap-differences.tsv")
			.isSubsetOf(known());
	}

	@Test
	void everyKnownDifferenceStillDiffers() throws IOException {
		assertThat(known()).as("listed in wrap-differences.tsv but read alike now: remove them").isSubsetOf(this.differing);
	}

	/** {@return the text broken into lines of at most {@code width} characters, punctuation kept at a line's end} */
	static String wrap(String text, int width) {
		StringBuilder out = new StringBuilder();
		for (String line : text.split("\n", -1)) {
			String rest = line;
			while (rest.length() > width) {
				int cut = width;
				while (cut < rest.length() && NO_LINE_START.indexOf(rest.charAt(cut)) >= 0) {
					cut++;
				}
				if (cut >= rest.length()) {
					break;
				}
				out.append(rest, 0, cut).append('\n');
				rest = rest.substring(cut);
			}
			out.append(rest).append('\n');
		}
		return out.toString();
	}

	private List<String> bodies(Path file, String text) {
		ExtractedFile f = this.extractor.extract(file.getFileName().toString(), text.getBytes(StandardCharsets.UTF_8));
		List<String> out = new ArrayList<>();
		for (ExtractedDocument d : f.documents()) {
			for (ExtractedMeasure m : d.responsibilityUnits()) {
				for (Mention x : m.mentions()) {
					out.add(x.role() + ":" + x.surface());
				}
			}
		}
		Collections.sort(out);
		return out;
	}

	private static boolean holdsTable(Path file, String text) throws IOException {
		Path source = file.resolveSibling(file.getFileName().toString().replaceFirst("\\.txt$", ".source"));
		if (Files.exists(source) && Files.readString(source).lines().anyMatch(l -> l.startsWith("shape:") && l.contains("table"))) {
			return true;
		}
		return text.indexOf('\t') >= 0 || text.lines().anyMatch(l -> l.strip().startsWith("|"));
	}

	private static Set<String> known() throws IOException {
		Set<String> out = new TreeSet<>();
		for (String line : Files.readAllLines(GOLD.resolve("wrap-differences.tsv"))) {
			if (!line.isBlank() && !line.startsWith("#")) {
				out.add(line.strip());
			}
		}
		return out;
	}

}
